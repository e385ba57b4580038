#include "handover/progress/clients_edit.hpp"
