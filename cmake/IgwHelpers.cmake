# Project-wide compile settings and the two helpers every CMakeLists.txt uses:
# igw_add_module() for a module's static library and igw_add_test() for a Qt Test.

add_library(igw_settings INTERFACE)
target_compile_definitions(igw_settings INTERFACE
  QT_RESTRICTED_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  IGW_VERSION="${PROJECT_VERSION}")
target_compile_options(igw_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
  -Wnon-virtual-dtor -Wcast-qual -Woverloaded-virtual)
if(IGW_WERROR)
  target_compile_options(igw_settings INTERFACE -Werror)
endif()
if(IGW_SANITIZE)
  target_compile_options(igw_settings INTERFACE -fsanitize=address,undefined
    -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(igw_settings INTERFACE -fsanitize=address,undefined)
endif()

# igw_add_module(NAME name SOURCES ... [LIBS ...])
# Creates static library igw_<name>. Domain parts link Qt Core/Sql only; widget parts
# are separate modules named <name>_ui that link Qt Widgets.
function(igw_add_module)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS" ${ARGN})
  set(target igw_${ARG_NAME})
  add_library(${target} STATIC ${ARG_SOURCES})
  target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/..")
  target_link_libraries(${target} PUBLIC igw_settings ${ARG_LIBS})
endfunction()

# igw_add_test(NAME name SOURCES ... LIBS ... [GUI] [LABELS ...])
# A Qt Test executable registered with CTest. Every test runs with a fixed locale, an
# isolated HOME/XDG tree and the offscreen platform; GUI tests get the "gui" label,
# the others "logic" (the asan preset runs only "logic").
function(igw_add_test)
  cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  set(target test_${ARG_NAME})
  add_executable(${target} ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE igw_settings Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${target} PRIVATE
    IGW_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    IGW_BINARY_DIR="${PROJECT_BINARY_DIR}")
  add_test(NAME ${ARG_NAME} COMMAND ${target})
  set(labels ${ARG_LABELS})
  if(ARG_GUI)
    list(APPEND labels gui)
  else()
    list(APPEND labels logic)
  endif()
  set(home "${CMAKE_CURRENT_BINARY_DIR}/home-${ARG_NAME}")
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${ARG_NAME} PROPERTIES
    LABELS "${labels}"
    TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "LC_ALL=C.UTF-8;LANG=en_GB.UTF-8;QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;ASAN_OPTIONS=detect_leaks=1;UBSAN_OPTIONS=print_stacktrace=1")
endfunction()
