/*
 * The handle registry: the set of native objects this library has handed to Java, by kind.
 *
 * An open-addressing hash table keyed by address, guarded by one mutex (lookups are a few
 * dozen nanoseconds, small next to a verbs call). Removal uses tombstones; the table grows
 * by doubling when it is 3/4 full counting tombstones, and rehashing drops the tombstones.
 */
#include "disni.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

struct slot {
    uintptr_t ptr;   /* 0 = empty, TOMBSTONE = removed */
    int kind;
};

#define TOMBSTONE ((uintptr_t)1)

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct slot *table;
static size_t capacity; /* a power of two, or 0 before the first insert */
static size_t used;     /* live entries plus tombstones */

static size_t hash_ptr(uintptr_t p)
{
    uint64_t x = (uint64_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

/* Index of `p`, or of the empty slot where it would go; tombstones are skipped. */
static size_t find_slot(struct slot *t, size_t cap, uintptr_t p)
{
    size_t mask = cap - 1;
    size_t i = hash_ptr(p) & mask;
    while (t[i].ptr != 0 && t[i].ptr != p) {
        i = (i + 1) & mask;
    }
    return i;
}

static int grow(void)
{
    size_t new_cap = capacity == 0 ? 256 : capacity * 2;
    struct slot *t = calloc(new_cap, sizeof *t);
    if (t == NULL) {
        return -1;
    }
    size_t live = 0;
    for (size_t i = 0; i < capacity; i++) {
        if (table[i].ptr > TOMBSTONE) {
            t[find_slot(t, new_cap, table[i].ptr)] = table[i];
            live++;
        }
    }
    free(table);
    table = t;
    capacity = new_cap;
    used = live;
    return 0;
}

int handle_add(void *ptr, enum disni_kind kind)
{
    uintptr_t p = (uintptr_t)ptr;
    if (p <= TOMBSTONE) {
        return -1;
    }
    pthread_mutex_lock(&lock);
    int rc = 0;
    if ((used + 1) * 4 > capacity * 3 && grow() != 0) {
        rc = -1;
    } else {
        size_t i = find_slot(table, capacity, p);
        if (table[i].ptr == 0) {
            used++;
        }
        table[i].ptr = p;
        table[i].kind = kind;
    }
    pthread_mutex_unlock(&lock);
    return rc;
}

int handle_remove(void *ptr, enum disni_kind kind)
{
    uintptr_t p = (uintptr_t)ptr;
    int removed = 0;
    pthread_mutex_lock(&lock);
    if (capacity != 0 && p > TOMBSTONE) {
        size_t i = find_slot(table, capacity, p);
        if (table[i].ptr == p && table[i].kind == (int)kind) {
            table[i].ptr = TOMBSTONE;
            table[i].kind = 0;
            removed = 1;
        }
    }
    pthread_mutex_unlock(&lock);
    return removed;
}

int handle_is(const void *ptr, enum disni_kind kind)
{
    uintptr_t p = (uintptr_t)ptr;
    int found = 0;
    pthread_mutex_lock(&lock);
    if (capacity != 0 && p > TOMBSTONE) {
        size_t i = find_slot(table, capacity, p);
        found = table[i].ptr == p && table[i].kind == (int)kind;
    }
    pthread_mutex_unlock(&lock);
    return found;
}

const char *kind_name(enum disni_kind kind)
{
    switch (kind) {
    case KIND_EVENT_CHANNEL: return "event channel";
    case KIND_CM_ID: return "rdma_cm id";
    case KIND_QP: return "queue pair";
    case KIND_CONTEXT: return "device context";
    case KIND_PD: return "protection domain";
    case KIND_COMP_CHANNEL: return "completion channel";
    case KIND_CQ: return "completion queue";
    case KIND_MR: return "memory region";
    }
    return "object";
}

void *handle_get(JNIEnv *env, jlong h, enum disni_kind kind, const char *fn)
{
    void *ptr = (void *)(uintptr_t)h;
    if (h <= 0 || !handle_is(ptr, kind)) {
        throw_io(env, "%s: invalid %s handle 0x%llx (never created by this library, or already destroyed)",
                 fn, kind_name(kind), (unsigned long long)h);
        return NULL;
    }
    return ptr;
}
