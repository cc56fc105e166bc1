# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

annalist_add_test(entitypalette_test SOURCES theme/entitypalette_test.cpp)
annalist_add_test(entitytypeset_test SOURCES theme/entitytypeset_test.cpp)
