# `format` rewrites every C++ file of the project in the committed
# .clang-format style; `check-format` fails, naming the files, when one
# deviates. CI runs the check as the CTest test `check_format`.
find_program(KIOSK_CLANG_FORMAT NAMES clang-format-14 clang-format)

file(GLOB_RECURSE kiosk_format_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
    ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.h)

if(KIOSK_CLANG_FORMAT)
    add_custom_target(format
        COMMAND ${KIOSK_CLANG_FORMAT} --style=file -i ${kiosk_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Formatting the sources with clang-format"
        VERBATIM)
    add_custom_target(check-format
        COMMAND ${KIOSK_CLANG_FORMAT} --style=file --dry-run --Werror ${kiosk_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Checking the sources against .clang-format"
        VERBATIM)
    if(KIOSK_BUILD_TESTS)
        add_test(NAME check_format
                 COMMAND ${KIOSK_CLANG_FORMAT} --style=file --dry-run --Werror ${kiosk_format_sources}
                 WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
        set_tests_properties(check_format PROPERTIES LABELS "style")
    endif()
else()
    message(WARNING "clang-format not found: the format and check-format targets are not available")
endif()
