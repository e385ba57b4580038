// An engine-layer file that includes its own layer and the ones below: the check accepts it.
#include "handover/base/dates.hpp"
#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"
#include "handover/version.hpp"
