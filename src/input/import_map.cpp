#include "handover/input/import_map.hpp"
