# The exported article HTML (the same rendering the kiosk shows) has no
# errors from the Nu Html Checker (npm vnu-jar, run with Java).
if(NOT EXISTS "${VNU_JAR}")
    message(FATAL_ERROR "vnu.jar not found at ${VNU_JAR}: run packaging/install-build-deps.sh")
endif()
find_program(JAVA java REQUIRED)
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${KIOSK}" --export-html "${OUT}" RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "--export-html failed (${result}): ${errors}")
endif()
execute_process(COMMAND "${JAVA}" -jar "${VNU_JAR}" --errors-only --skip-non-html "${OUT}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "The Nu Html Checker found errors:\n${output}${errors}")
endif()
file(GLOB_RECURSE pages "${OUT}/*.html")
list(LENGTH pages count)
message(STATUS "Nu Html Checker: ${count} pages, no errors")
