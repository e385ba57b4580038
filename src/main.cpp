// The whole program lives in the libraries so that tests link what the binary runs.
#include "handover/cli/app.hpp"

int main(int argc, char** argv) {
    return handover::cli::run(argc, argv);
}
