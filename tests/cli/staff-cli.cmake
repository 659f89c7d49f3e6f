# The staff command line as clinic IT uses it: --kiosk refuses to start
# without a PIN (exit 2, saying how to set one); --set-pin refuses a weak
# PIN (exit 1) and stores only a hash of a good one.
set(conf "${WORK}/staff-cli.conf")
file(REMOVE "${conf}")

execute_process(COMMAND "${KIOSK}" --kiosk --config "${conf}" RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 2 OR NOT errors MATCHES "needs a staff PIN" OR NOT errors MATCHES "--set-pin")
    message(FATAL_ERROR "--kiosk without a PIN: exit ${result}, stderr: ${errors}")
endif()

file(WRITE "${WORK}/weak-pin.txt" "123456\n")
execute_process(COMMAND "${KIOSK}" --set-pin --config "${conf}" INPUT_FILE "${WORK}/weak-pin.txt"
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 1 OR NOT errors MATCHES "PIN refused: it is a straight sequence")
    message(FATAL_ERROR "weak PIN: exit ${result}, stderr: ${errors}")
endif()

file(WRITE "${WORK}/good-pin.txt" "482915\n")
execute_process(COMMAND "${KIOSK}" --set-pin --config "${conf}" INPUT_FILE "${WORK}/good-pin.txt"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "good PIN: exit ${result}, stderr: ${errors}")
endif()
file(READ "${conf}" stored)
if(stored MATCHES "482915" OR NOT stored MATCHES "pin_hash=" OR NOT stored MATCHES "pin_iterations=200000")
    message(FATAL_ERROR "the config must hold only the hash:\n${stored}")
endif()
