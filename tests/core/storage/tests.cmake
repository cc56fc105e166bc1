annalist_add_test(sidecar_test SOURCES storage/sidecar_test.cpp)
