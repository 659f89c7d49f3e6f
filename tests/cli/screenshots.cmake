# Runs `patient-kiosk --screenshots` at both reference sizes and checks that
# every screen was written as a non-trivial PNG.
# The idle warning is drawn with the clinic's countdown, not a fixed 30 s.
file(MAKE_DIRECTORY ${OUT})
file(WRITE ${OUT}/warning.conf "[idle]\nwarning_seconds=45\n")
foreach(size 1080x1920 1920x1080)
    file(REMOVE_RECURSE ${OUT}/${size})
    execute_process(COMMAND ${KIOSK} --screenshots ${OUT}/${size} --size ${size} --config ${OUT}/warning.conf
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "--screenshots ${size} failed (${result}): ${errors}")
    endif()
    if(NOT errors MATCHES "idle warning: 45 s left")
        message(FATAL_ERROR "the idle warning screenshot does not count down from the configured 45 s: ${errors}")
    endif()
    foreach(screen 01-attract 02-disclaimer 03-home 04-topic-experience 09-topic-safety 10-article-dissociative-state
                   11-article-when-to-get-help 12-box-help-levels 13-article-session-day 14-box-timeline 15-home-es 16-glossary-es
                   17-home-text-200 18-topic-text-200 19-article-text-200 20-idle-warning
                   21-my-questions 22-home-high-contrast 23-article-high-contrast)
        set(png ${OUT}/${size}/${screen}.png)
        if(NOT EXISTS ${png})
            message(FATAL_ERROR "missing ${png}; wrote: ${output}")
        endif()
        file(SIZE ${png} bytes)
        if(bytes LESS 10000)
            message(FATAL_ERROR "${png} is only ${bytes} bytes: a blank screen?")
        endif()
    endforeach()
endforeach()
