# Fails when a user-visible string has no German or Chinese translation: runs lupdate over the
# application's sources into copies of the .ts files and looks for unfinished entries.
# cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P check_translations.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
set(missing "")
foreach(language de zh_CN)
    set(ts "${WORK_DIR}/crosscheck_${language}.ts")
    file(COPY_FILE "${SOURCE_DIR}/translations/crosscheck_${language}.ts" "${ts}")
    execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "${SOURCE_DIR}/app" -ts "${ts}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${err}")
    endif()
    file(READ "${ts}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?(<extracomment>[^<]*</extracomment>[ \n\r\t]*)?<translation type=\"unfinished\"" found "${content}")
    list(LENGTH found count)
    if(count GREATER 0)
        string(APPEND missing "\n${language}: ${count} untranslated:\n${found}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Strings without a translation (run the update_translations target, then translate):${missing}")
endif()
message(STATUS "every user-visible string is translated into German and Chinese")
