# The npm tools two tests need: axe-core (tst_accessibility) and the Nu Html
# Checker (html_validity). A CTest fixture, so a developer who builds by
# hand (CONTRIBUTING.md) gets them as CI does: installed into the checkout's
# .tools/ on first use, from the npm registry. Never skipped: without npm
# this fails and names the fix.
set(axe ${TOOLS}/node_modules/axe-core/axe.min.js)
set(vnu ${TOOLS}/node_modules/vnu-jar/build/dist/vnu.jar)
if(EXISTS ${axe} AND EXISTS ${vnu})
    return()
endif()
find_program(NPM npm)
if(NOT NPM)
    message(FATAL_ERROR "npm is needed to install axe-core and vnu-jar into ${TOOLS}: "
                        "run packaging/install-build-deps.sh (or apt-get install npm)")
endif()
execute_process(COMMAND ${NPM} install --no-audit --no-fund --prefix ${TOOLS} axe-core@4 vnu-jar
                RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT EXISTS ${axe} OR NOT EXISTS ${vnu})
    message(FATAL_ERROR "npm could not install axe-core and vnu-jar into ${TOOLS} (exit ${result})")
endif()
