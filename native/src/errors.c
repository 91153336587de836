/*
 * Java exceptions raised by the library, and the library's load hook.
 */
#define _GNU_SOURCE /* GNU strerror_r */
#include "disni.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static jclass io_exception; /* global reference to java.io.IOException, taken at load */

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved)
{
    (void)reserved;
    JNIEnv *env;
    if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8) != JNI_OK) {
        return JNI_ERR;
    }
    jclass local = (*env)->FindClass(env, "java/io/IOException");
    if (local == NULL) {
        return JNI_ERR;
    }
    io_exception = (*env)->NewGlobalRef(env, local);
    (*env)->DeleteLocalRef(env, local);
    return io_exception == NULL ? JNI_ERR : JNI_VERSION_1_8;
}

void throw_io(JNIEnv *env, const char *fmt, ...)
{
    if ((*env)->ExceptionCheck(env)) {
        return; /* keep the first exception: it names the call that failed first */
    }
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    (*env)->ThrowNew(env, io_exception, msg);
}

void throw_errno(JNIEnv *env, const char *call, int err)
{
    char buf[128];
    /* GNU strerror_r returns the message, which may or may not live in buf */
    const char *reason = strerror_r(err, buf, sizeof buf);
    throw_io(env, "%s: %s (errno %d)", call, reason, err);
}

void *java_ptr(JNIEnv *env, jlong addr, const char *fn, const char *what)
{
    if (addr == 0) {
        throw_io(env, "%s: %s is a null address", fn, what);
        return NULL;
    }
    return (void *)(uintptr_t)addr;
}
