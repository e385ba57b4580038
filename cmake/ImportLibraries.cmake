# The two C libraries behind `handover import`, from Debian's libcsv-dev and
# libuchardet-dev (README, "Dependencies"). Each becomes an imported target so that the
# input layer links it like any other.
find_path(HANDOVER_CSV_INCLUDE csv.h REQUIRED)
find_library(HANDOVER_CSV_LIBRARY NAMES csv REQUIRED)
add_library(handover::csv UNKNOWN IMPORTED)
set_target_properties(handover::csv PROPERTIES
  IMPORTED_LOCATION ${HANDOVER_CSV_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${HANDOVER_CSV_INCLUDE})

find_path(HANDOVER_UCHARDET_INCLUDE uchardet/uchardet.h REQUIRED)
find_library(HANDOVER_UCHARDET_LIBRARY NAMES uchardet REQUIRED)
add_library(handover::uchardet UNKNOWN IMPORTED)
set_target_properties(handover::uchardet PROPERTIES
  IMPORTED_LOCATION ${HANDOVER_UCHARDET_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${HANDOVER_UCHARDET_INCLUDE})

# libical, from Debian's libical-dev, reads the iCalendar files of days off named in
# `calendar.holidays` (README, "Dependencies"): only its core library, libical.
find_path(HANDOVER_ICAL_INCLUDE libical/ical.h REQUIRED)
find_library(HANDOVER_ICAL_LIBRARY NAMES ical REQUIRED)
add_library(handover::ical UNKNOWN IMPORTED)
set_target_properties(handover::ical PROPERTIES
  IMPORTED_LOCATION ${HANDOVER_ICAL_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${HANDOVER_ICAL_INCLUDE})
