# `tidy` runs clang-tidy with the committed .clang-tidy over the project's
# own sources (not tests), using the build's compile_commands.json; CI runs
# it as the CTest test `clang_tidy`.
find_program(KIOSK_CLANG_TIDY NAMES clang-tidy-14 clang-tidy)
find_program(KIOSK_RUN_CLANG_TIDY NAMES run-clang-tidy-14 run-clang-tidy)

if(KIOSK_CLANG_TIDY AND KIOSK_RUN_CLANG_TIDY)
    set(kiosk_tidy_command ${KIOSK_RUN_CLANG_TIDY} -quiet -clang-tidy-binary ${KIOSK_CLANG_TIDY}
        -extra-arg=-Wno-gnu-zero-variadic-macro-arguments -extra-arg=-Wno-unknown-warning-option
        -p ${CMAKE_BINARY_DIR} -j 2 "${PROJECT_SOURCE_DIR}/app/.*\\.cpp$")
    add_custom_target(tidy COMMAND ${kiosk_tidy_command} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} VERBATIM)
    if(KIOSK_BUILD_TESTS)
        add_test(NAME clang_tidy COMMAND ${kiosk_tidy_command} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
        set_tests_properties(clang_tidy PROPERTIES LABELS "style" TIMEOUT 900)
    endif()
else()
    message(WARNING "clang-tidy (with run-clang-tidy) not found: the tidy target is not available")
endif()
