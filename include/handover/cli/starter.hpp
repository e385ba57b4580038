#pragma once

#include <string>

#include "handover/base/dates.hpp"
#include "handover/base/i18n.hpp"

namespace handover {

/// The commented starter file that `handover init` writes: every field explained in the
/// chosen language, and example clients for the usual situations (a deal about to close, a
/// client who dislikes a change of rep, a quiet account). Its dates follow `today`, with the
/// last day about six weeks out, so that the file is valid and plannable as written.
std::string starter_file(Lang lang, Day today);

}  // namespace handover
