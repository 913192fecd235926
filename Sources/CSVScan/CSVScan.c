// Everything is in include/CSVScan.h, inline; SwiftPM wants one source file per target.
#include "CSVScan.h"
