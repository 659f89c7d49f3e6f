# --usage-report as clinic IT meets it: a bad date, a bad format or days in
# the wrong order are refused (exit 2) with the fix named; a missing file is
# exit 1 saying where it looked; an empty file prints an empty report.
set(db "${WORK}/usage-cli/usage.sqlite")
file(REMOVE_RECURSE "${WORK}/usage-cli")
file(MAKE_DIRECTORY "${WORK}/usage-cli")
set(conf "${WORK}/usage-cli/kiosk.conf")
file(WRITE "${conf}" "[usage]\ndatabase=${db}\n")

function(expect_refusal expected_exit pattern)
    execute_process(COMMAND "${KIOSK}" --usage-report --config "${conf}" ${ARGN}
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    if(NOT result EQUAL expected_exit OR NOT errors MATCHES "${pattern}")
        message(FATAL_ERROR "--usage-report ${ARGN}: exit ${result} (wanted ${expected_exit}), stderr: ${errors}")
    endif()
    if(NOT output STREQUAL "")
        message(FATAL_ERROR "--usage-report ${ARGN}: a refusal prints no report, got: ${output}")
    endif()
endfunction()

expect_refusal(2 "--from: '2026-13-01' is not a date; write the day as YYYY-MM-DD, like 2026-01-31" --from 2026-13-01)
expect_refusal(2 "--to: '31.01.2026' is not a date; write the day as YYYY-MM-DD" --to 31.01.2026)
expect_refusal(2 "--from 2026-02-01 is after --to 2026-01-01; give the earlier day to --from"
               --from 2026-02-01 --to 2026-01-01)
expect_refusal(2 "--format: 'xml' is not a format; write text or json or csv" --format xml)
expect_refusal(1 "usage.sqlite: there is no such file" --format csv)

execute_process(COMMAND "${KIOSK}" --from 2026-01-01 RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 2 OR NOT errors MATCHES "--from goes with --usage-report")
    message(FATAL_ERROR "--from alone: exit ${result}, stderr: ${errors}")
endif()
