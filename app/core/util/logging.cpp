#include "util/logging.h"

Q_LOGGING_CATEGORY(lcAnnalist, "org.annalist", QtInfoMsg)
