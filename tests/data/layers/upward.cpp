// An input-layer file that reaches up into the engine: the layer check must refuse it.
#include "handover/base/dates.hpp"
#include "handover/engine/plan.hpp"
