# SPDX-License-Identifier: MIT
# Included from tests/CMakeLists.txt:   include(${CMAKE_SOURCE_DIR}/tests/fuzz/smoke.cmake)
#
# Builds the libFuzzer targets of tests/fuzz (a separate CMake project, because it needs clang while the
# product is built with GCC) into ${CMAKE_BINARY_DIR}/fuzz, and adds one short smoke run per target to
# ctest: fuzz_<target>_smoke runs the fuzzer for BACKROOM_FUZZ_SMOKE_SECONDS (default 20) over the seed
# corpus plus a scratch corpus kept in the build tree, and fails on any crash, sanitizer report, leak,
# timeout or broken invariant. Without clang it only says so.
# Uses CMAKE_SOURCE_DIR and CMAKE_BINARY_DIR only (plus CMAKE_PREFIX_PATH, passed on when set).

find_program(CLANGXX NAMES clang++-14 clang++ DOC "clang++ with libFuzzer, for tests/fuzz")

if(NOT CLANGXX)
    message(STATUS "tests/fuzz: clang++ not found (apt install clang-14 libclang-rt-14-dev): "
                   "the fuzz targets and fuzz_*_smoke tests are skipped")
    return()
endif()

include(ExternalProject)

set(BACKROOM_FUZZ_SMOKE_SECONDS 20 CACHE STRING "How long each fuzz_*_smoke test fuzzes")
set(_backroom_fuzz_src ${CMAKE_SOURCE_DIR}/tests/fuzz)
set(_backroom_fuzz_bin ${CMAKE_BINARY_DIR}/fuzz)

ExternalProject_Add(fuzz_targets
    SOURCE_DIR ${_backroom_fuzz_src}
    BINARY_DIR ${_backroom_fuzz_bin}
    CMAKE_ARGS -DCMAKE_CXX_COMPILER=${CLANGXX} -DCMAKE_BUILD_TYPE=RelWithDebInfo
    CMAKE_CACHE_ARGS -DCMAKE_PREFIX_PATH:STRING=${CMAKE_PREFIX_PATH}
    BUILD_ALWAYS ON
    INSTALL_COMMAND ""
    TEST_COMMAND ""
    USES_TERMINAL_BUILD ON
)

foreach(_target IN ITEMS fuzz_http_request fuzz_json_body fuzz_access_token fuzz_image_sniffer)
    if(_target STREQUAL "fuzz_http_request")
        set(_dict ${_backroom_fuzz_src}/http.dict)
    elseif(_target STREQUAL "fuzz_image_sniffer")
        set(_dict ${_backroom_fuzz_src}/image.dict)
    else()
        set(_dict ${_backroom_fuzz_src}/json.dict)
    endif()
    # New inputs go to the scratch corpus in the build tree; the seeds in the source tree stay untouched.
    set(_scratch ${_backroom_fuzz_bin}/corpus/${_target})
    set(_artifacts ${_backroom_fuzz_bin}/artifacts)
    file(MAKE_DIRECTORY ${_scratch} ${_artifacts})
    add_test(NAME ${_target}_smoke
        COMMAND ${_backroom_fuzz_bin}/${_target}
            -max_total_time=${BACKROOM_FUZZ_SMOKE_SECONDS}
            -timeout=10
            -rss_limit_mb=2048
            -print_final_stats=1
            -dict=${_dict}
            -artifact_prefix=${_artifacts}/${_target}-
            ${_scratch}
            ${_backroom_fuzz_src}/corpus/${_target}
        WORKING_DIRECTORY ${_backroom_fuzz_bin})
    math(EXPR _limit "${BACKROOM_FUZZ_SMOKE_SECONDS} * 3 + 60")
    set_tests_properties(${_target}_smoke PROPERTIES
        LABELS "fuzz"
        TIMEOUT ${_limit}
        # libFuzzer's own exit code says crash/leak/timeout; this also catches a sanitizer report that
        # somehow did not end the run.
        FAIL_REGULAR_EXPRESSION "ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer|invariant violated")
endforeach()

unset(_target)
unset(_dict)
unset(_scratch)
unset(_artifacts)
unset(_limit)
unset(_backroom_fuzz_src)
unset(_backroom_fuzz_bin)
