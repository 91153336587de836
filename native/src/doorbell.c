/*
 * Native half of org.borealis.transport.rdma.Doorbell: an eventfd that other threads ring to
 * wake a thread sleeping on a channel's file descriptor (a completion channel or an rdma_cm
 * event channel), so that thread can sleep until there is work instead of waking up every few
 * milliseconds to look for some.
 *
 * These are Borealis's own functions, not DiSNi's; they live in libdisni because that library
 * is already loaded (by DiSNi's NativeDispatcher, from the same class loader) wherever the rdma
 * transport runs.
 */
#include "disni.h"

#include <errno.h>
#include <infiniband/verbs.h>
#include <poll.h>
#include <rdma/rdma_cma.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <unistd.h>

#define DOORBELL_FN(name) Java_org_borealis_transport_rdma_Doorbell_##name

/* await0's result bits */
#define READY_CHANNEL 1
#define READY_BELL 2

/*
 * The file descriptor behind a channel handle: kind 0 a completion channel, 1 an rdma_cm event
 * channel. (DiSNi's Java objects report descriptor 0 for both, so it is taken from the native
 * object, after the handle registry has vouched for it.)
 */
JNIEXPORT jint JNICALL DOORBELL_FN(channelFd0)(JNIEnv *env, jclass cls, jlong handle, jint kind)
{
    (void)cls;
    if (kind == 0) {
        struct ibv_comp_channel *ch = handle_get(env, handle, KIND_COMP_CHANNEL, "Doorbell.channelFd");
        return ch == NULL ? -1 : ch->fd;
    }
    if (kind == 1) {
        struct rdma_event_channel *ch = handle_get(env, handle, KIND_EVENT_CHANNEL, "Doorbell.channelFd");
        return ch == NULL ? -1 : ch->fd;
    }
    throw_io(env, "Doorbell.channelFd: unknown channel kind %d", kind);
    return -1;
}

JNIEXPORT jint JNICALL DOORBELL_FN(open0)(JNIEnv *env, jclass cls)
{
    (void)cls;
    int fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (fd < 0) {
        throw_errno(env, "eventfd", errno);
        return -1;
    }
    return fd;
}

JNIEXPORT void JNICALL DOORBELL_FN(ring0)(JNIEnv *env, jclass cls, jint fd)
{
    (void)cls;
    uint64_t one = 1;
    if (fd < 0) {
        throw_io(env, "eventfd write: invalid file descriptor %d", fd);
        return;
    }
    /* EAGAIN: the counter is saturated, so the bell is already ringing */
    if (write(fd, &one, sizeof one) < 0 && errno != EAGAIN && errno != EINTR) {
        throw_errno(env, "eventfd write", errno);
    }
}

/*
 * Waits up to `timeout` ms (negative: for ever) until `channel_fd` is readable or the bell rings.
 * Returns READY_CHANNEL | READY_BELL for what happened (0 on timeout or a signal); a ring is
 * consumed here, the channel's event is left for the caller to take.
 */
JNIEXPORT jint JNICALL DOORBELL_FN(await0)(JNIEnv *env, jclass cls, jint channel_fd, jint bell_fd, jint timeout)
{
    (void)cls;
    if (channel_fd < 0 || bell_fd < 0) {
        throw_io(env, "poll: invalid file descriptor (channel %d, bell %d)", channel_fd, bell_fd);
        return 0;
    }
    struct pollfd pfd[2] = {
        { .fd = channel_fd, .events = POLLIN },
        { .fd = bell_fd, .events = POLLIN },
    };
    int n = poll(pfd, 2, timeout);
    if (n < 0) {
        if (errno != EINTR) {
            throw_errno(env, "poll(channel, doorbell)", errno);
        }
        return 0;
    }
    if ((pfd[0].revents | pfd[1].revents) & POLLNVAL) {
        throw_io(env, "poll: file descriptor not open (channel %d, bell %d)", channel_fd, bell_fd);
        return 0;
    }
    jint ready = 0;
    if (pfd[0].revents & (POLLIN | POLLERR | POLLHUP)) {
        ready |= READY_CHANNEL;
    }
    if (pfd[1].revents & POLLIN) {
        uint64_t count;
        if (read(bell_fd, &count, sizeof count) < 0 && errno != EAGAIN && errno != EINTR) {
            throw_errno(env, "eventfd read", errno);
            return 0;
        }
        ready |= READY_BELL;
    }
    return ready;
}

JNIEXPORT void JNICALL DOORBELL_FN(close0)(JNIEnv *env, jclass cls, jint fd)
{
    (void)cls;
    if (fd >= 0 && close(fd) != 0 && errno != EINTR) {
        throw_errno(env, "close(eventfd)", errno);
    }
}
