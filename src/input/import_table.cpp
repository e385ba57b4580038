#include "handover/input/import_table.hpp"
