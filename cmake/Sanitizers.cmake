# Checked builds. CHITIEU_SANITIZE: everything (libraries, programs, tests) with
# AddressSanitizer and UndefinedBehaviorSanitizer, stopping at the first report (gcc or
# clang). CHITIEU_FUZZ: also the libFuzzer programs of tests/fuzz, which needs clang and
# implies the sanitizers (tests/fuzz/CMakeLists.txt adds coverage to chitieu_core), so one
# build serves the sanitizer suite and the fuzzers.
option(CHITIEU_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CHITIEU_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only; turns on CHITIEU_SANITIZE)" OFF)

if(CHITIEU_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CHITIEU_FUZZ needs clang (libFuzzer): configure with CC=clang-14 CXX=clang++-14")
    endif()
    set(CHITIEU_SANITIZE ON)
endif()

if(CHITIEU_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "CHITIEU_SANITIZE needs gcc or clang")
    endif()
    set(chitieu_sanitize_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # gcc leaves it out of "undefined" (clang has it): a double cast to an int it does not fit.
        list(APPEND chitieu_sanitize_flags -fsanitize=float-cast-overflow)
    endif()
    add_compile_options(${chitieu_sanitize_flags})
    add_link_options(${chitieu_sanitize_flags})
endif()
