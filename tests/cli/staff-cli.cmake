# The staff command line as clinic IT uses it: --kiosk refuses to start
# without a PIN (exit 2, saying how to set one); --set-pin refuses a weak
# PIN (exit 1) and stores only a hash of a good one, in the PIN file beside
# the staff state (never in the config, which upgrades may replace).
set(conf "${WORK}/staff-cli.conf")
set(pin_state "${WORK}/staff-cli-pin")
file(REMOVE_RECURSE "${pin_state}")
# The PIN file follows [staff] state_file: here, not the system's folder.
set(conf_text "[staff]\nstate_file=${pin_state}/staff-state.ini\n")
file(WRITE "${conf}" "${conf_text}")

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
file(READ "${pin_state}/pin" stored)
if(stored MATCHES "482915" OR NOT stored MATCHES "pin_hash=" OR NOT stored MATCHES "pin_iterations=200000")
    message(FATAL_ERROR "the PIN file must hold only the hash:\n${stored}")
endif()
if(NOT output MATCHES "${pin_state}/pin")
    message(FATAL_ERROR "--set-pin must say where the PIN is: ${output}")
endif()
file(READ "${conf}" config_after)
if(NOT config_after STREQUAL conf_text)
    message(FATAL_ERROR "--set-pin must not touch the config:\n${config_after}")
endif()

# IT's way back from a wrong-PIN pause: --clear-lockout ends it and writes
# the audit log. (A state file with a long pause, as five wrong PINs leave.)
set(state "${WORK}/staff-cli-state.ini")
set(audit "${WORK}/staff-cli-audit.log")
file(REMOVE "${audit}")
file(WRITE "${state}" "[lockout]\nfailures=0\nlockouts=3\nuntil=2999-01-01T00:00:00Z\n")
set(lockout_conf "${WORK}/staff-cli-lockout.conf")
file(WRITE "${lockout_conf}" "[staff]\nstate_file=${state}\naudit_log=${audit}\n")
execute_process(COMMAND "${KIOSK}" --clear-lockout --config "${lockout_conf}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT output MATCHES "Wrong-PIN pause ended \\(900 s were left\\)")
    message(FATAL_ERROR "--clear-lockout: exit ${result}, stdout: ${output}, stderr: ${errors}")
endif()
file(READ "${state}" cleared)
if(NOT cleared MATCHES "lockouts=0" OR cleared MATCHES "2999")
    message(FATAL_ERROR "--clear-lockout left the pause in place:\n${cleared}")
endif()
file(READ "${audit}" logged)
if(NOT logged MATCHES "staff lockout cleared from the command line \\(900 s were left\\)")
    message(FATAL_ERROR "--clear-lockout must be in the audit log:\n${logged}")
endif()
