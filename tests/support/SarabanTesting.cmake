# saraban_add_test(): one Qt Test executable, registered with ctest.
#
#   saraban_add_test(NAME tst_name
#                    SOURCES tst_name.cpp ...
#                    [LIBS extra libraries ...]           e.g. saraban_ui Qt6::Widgets
#                    [FIXTURE pgcluster ...]              ctest fixtures the test needs
#                    [ENVIRONMENT KEY=value ...]          added after (so overriding) the defaults
#                    [DEFINITIONS NAME=value ...]         compile definitions
#                    [DEPENDS target ...]                 targets the test runs (built first)
#                    [LABELS label ...]
#                    [TIMEOUT seconds])                   default 120
#
# Every test runs with a fixed language, locale and time zone (Lao offices are on UTC+7 all
# year), offscreen, and with an XDG_RUNTIME_DIR of its own so Qt does not warn. A test that
# needs the "pgcluster" fixture finds the cluster through the file named by
# SARABAN_TEST_CLUSTER_ENV (read by saraban::test::clusterProfile()).

set(SARABAN_TEST_RUNTIME_DIR ${PROJECT_BINARY_DIR}/tests/xdg-runtime)
file(MAKE_DIRECTORY ${SARABAN_TEST_RUNTIME_DIR})
# Qt ignores (and warns about) a runtime directory that others can enter.
file(CHMOD ${SARABAN_TEST_RUNTIME_DIR} DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)

set(SARABAN_TEST_CLUSTER_ENV_FILE ${PROJECT_BINARY_DIR}/tests/pgcluster.env)

function(saraban_add_test)
    cmake_parse_arguments(PARSE_ARGV 0 ARG "" "NAME;TIMEOUT"
                          "SOURCES;LIBS;FIXTURE;ENVIRONMENT;DEFINITIONS;DEPENDS;LABELS")
    if(NOT ARG_NAME OR NOT ARG_SOURCES)
        message(FATAL_ERROR "saraban_add_test: NAME and SOURCES are required")
    endif()
    if(ARG_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "saraban_add_test(${ARG_NAME}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()

    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE saraban_policy saraban_core saraban_testsupport
                                              Qt6::Test ${ARG_LIBS})
    # Crash and race tests run the fixture tool as a separate process.
    target_compile_definitions(${ARG_NAME} PRIVATE
        SARABAN_TESTCLUSTER_PATH="$<TARGET_FILE:saraban-testcluster>" ${ARG_DEFINITIONS})
    add_dependencies(${ARG_NAME} saraban-testcluster)
    if(ARG_DEPENDS)
        add_dependencies(${ARG_NAME} ${ARG_DEPENDS})
    endif()

    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(environment
        LANG=C.UTF-8
        LC_ALL=C.UTF-8
        TZ=Asia/Vientiane
        QT_QPA_PLATFORM=offscreen
        XDG_RUNTIME_DIR=${SARABAN_TEST_RUNTIME_DIR})
    if(ARG_FIXTURE)
        set_tests_properties(${ARG_NAME} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURE}")
        if(pgcluster IN_LIST ARG_FIXTURE)
            list(APPEND environment SARABAN_TEST_CLUSTER_ENV=${SARABAN_TEST_CLUSTER_ENV_FILE})
        endif()
    endif()
    list(APPEND environment ${ARG_ENVIRONMENT})
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${environment}")
    if(ARG_LABELS)
        set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
