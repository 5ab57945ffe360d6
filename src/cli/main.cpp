#include <chrono>
#include <iostream>

#include <date/date.h>

#include "cli/app.hpp"

int main(int argc, char** argv) {
    hoithao::cli::Context ctx{std::cout, std::cerr, [] {
                                  auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
                                  return date::format("%FT%TZ", now);
                              }};
    return hoithao::cli::run({argv + 1, argv + argc}, ctx);
}
