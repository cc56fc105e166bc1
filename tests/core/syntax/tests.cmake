# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

annalist_add_test(syntaxmodel_test SOURCES syntax/syntaxmodel_test.cpp)
annalist_add_test(syntaxtrainer_test SOURCES syntax/syntaxtrainer_test.cpp)
