// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/logging.h"

Q_LOGGING_CATEGORY(lcAnnalist, "org.annalist", QtInfoMsg)
