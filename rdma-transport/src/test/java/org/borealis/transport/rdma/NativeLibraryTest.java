package org.borealis.transport.rdma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.ibm.disni.util.MemoryUtils;
import com.ibm.disni.verbs.impl.NativeDispatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The native library (native/, libdisni.so) against DiSNi 2.1's NativeDispatcher: it loads,
 * agrees with DiSNi on struct layouts, and answers wrong handles and addresses from Java with an
 * IOException naming the call instead of crashing the JVM. Needs no RDMA device: runs wherever
 * the library was built (CI builds it on every run).
 */
class NativeLibraryTest {

    static NativeDispatcher nd;

    @BeforeAll
    static void load() throws Exception {
        nd = RdmaTestSupport.loadNativeLibrary();
    }

    @Test
    void versionAndStructLayoutsMatchWhatDisniWrites() {
        assertThat(nd._getVersion()).isEqualTo(32);
        assertThat(nd._getSockAddrInSize()).isEqualTo(16);
        assertThat(nd._getIbvSgeSize()).isEqualTo(16);
        assertThat(nd._getIbvRecvWRSize()).isEqualTo(32);
        assertThat(nd._getIbvWCSize()).isEqualTo(48);
        assertThat(nd._getIbvSendWRSize()).isGreaterThanOrEqualTo(72);
        assertThat(nd._getRemoteAddressOffset()).isEqualTo(40);
        assertThat(nd._getRKeyOffset()).isEqualTo(48);
    }

    @Test
    void withoutADeviceTheProviderSaysWhy() {
        assumeTrue(NativeSupport.deviceNames().isEmpty(), "this machine has an RDMA device");
        RdmaTransportProvider p = new RdmaTransportProvider();
        assertThat(p.isAvailable()).isFalse();
        assertThat(p.unavailableReason()).contains("no RDMA device").contains("rdma link add");
    }

    @Test
    void handlesThatWereNeverCreatedAreRefusedByName() {
        long bogus = 0x7f00_dead_b000L;
        expect(() -> nd._createId(bogus, (short) 0x106), "_createId", "event channel");
        expect(() -> nd._bindAddr(bogus, bogus), "_bindAddr", "rdma_cm id");
        expect(() -> nd._listen(bogus, 1), "_listen", "rdma_cm id");
        expect(() -> nd._resolveAddr(bogus, 0, bogus, 10), "_resolveAddr", "rdma_cm id");
        expect(() -> nd._resolveRoute(bogus, 10), "_resolveRoute", "rdma_cm id");
        expect(() -> nd._getCmEvent(bogus, bogus, bogus, 0), "_getCmEvent", "event channel");
        expect(() -> nd._connect(bogus, 7, 7, 0, (byte) 0), "_connect", "rdma_cm id");
        expect(() -> nd._accept(bogus, 7, 7), "_accept", "rdma_cm id");
        expect(() -> nd._disconnect(bogus), "_disconnect", "rdma_cm id");
        expect(() -> nd._destroyEventChannel(bogus), "_destroyEventChannel", "event channel");
        expect(() -> nd._destroyCmId(bogus), "_destroyCmId", "rdma_cm id");
        expect(() -> nd._destroyQP(bogus), "_destroyQP", "rdma_cm id");
        expect(() -> nd._destroyEp(bogus), "_destroyEp", "rdma_cm id");
        expect(() -> nd._getSrcAddr(bogus, bogus), "_getSrcAddr", "rdma_cm id");
        expect(() -> nd._getDstAddr(bogus, bogus), "_getDstAddr", "rdma_cm id");
        expect(() -> nd._createQP(bogus, bogus, bogus, bogus, 2, 8, 8, 0), "_createQP", "rdma_cm id");
        expect(() -> nd._allocPd(bogus), "_allocPd", "device context");
        expect(() -> nd._createCompChannel(bogus), "_createCompChannel", "device context");
        expect(() -> nd._createCQ(bogus, 0, 16, 0), "_createCQ", "device context");
        expect(() -> nd._modifyQP(bogus, 0), "_modifyQP", "queue pair");
        expect(() -> nd._regMr(bogus, bogus, 4096, 1, bogus, bogus, bogus), "_regMr", "protection domain");
        expect(() -> nd._queryOdpSupport(bogus), "_queryOdpSupport", "device context");
        expect(() -> nd._expPrefetchMr(bogus, bogus, 4096), "_expPrefetchMr", "memory region");
        expect(() -> nd._deregMr(bogus), "_deregMr", "memory region");
        expect(() -> nd._postSend(bogus, bogus), "_postSend", "queue pair");
        expect(() -> nd._postRecv(bogus, bogus), "_postRecv", "queue pair");
        expect(() -> nd._getCqEvent(bogus, 0), "_getCqEvent", "completion channel");
        expect(() -> nd._pollCQ(bogus, 16, bogus), "_pollCQ", "completion queue");
        expect(() -> nd._reqNotifyCQ(bogus, 0), "_reqNotifyCQ", "completion queue");
        expect(() -> nd._ackCqEvent(bogus, 1), "_ackCqEvent", "completion queue");
        expect(() -> nd._destroyCompChannel(bogus), "_destroyCompChannel", "completion channel");
        expect(() -> nd._deallocPd(bogus), "_deallocPd", "protection domain");
        expect(() -> nd._destroyCQ(bogus), "_destroyCQ", "completion queue");
        expect(() -> nd._getContext(bogus), "_getContext", "rdma_cm id");
        expect(() -> nd._getQpNum(bogus), "_getQpNum", "queue pair");
        expect(() -> nd._getContextFd(bogus), "_getContextFd", "device context");
        expect(() -> nd._getContextNumCompVectors(bogus), "_getContextNumCompVectors", "device context");
        expect(() -> nd._getPdHandle(bogus), "_getPdHandle", "protection domain");
    }

    @Test
    void zeroAndNegativeHandlesAreRefusedToo() {
        for (long h : new long[] {0L, -1L, Long.MIN_VALUE}) {
            expect(() -> nd._postSend(h, 0), "_postSend", "queue pair");
            expect(() -> nd._pollCQ(h, 1, 0), "_pollCQ", "completion queue");
            expect(() -> nd._deregMr(h), "_deregMr", "memory region");
        }
    }

    @Test
    void anEventChannelNeedsTheRdmaCmDeviceAndSaysSoWhenItIsMissing() throws Exception {
        assumeTrue(NativeSupport.deviceNames().isEmpty(), "this machine has an RDMA device");
        assertThatThrownBy(() -> nd._createEventChannel()).isInstanceOf(IOException.class)
                .hasMessageContaining("rdma_create_event_channel").hasMessageContaining("errno");
    }

    @Test
    void aRealChannelRefusesNullOutputsAndUnknownPortSpaces() throws Exception {
        assumeTrue(!NativeSupport.deviceNames().isEmpty(), "needs an RDMA device");
        long ch = nd._createEventChannel();
        try {
            expect(() -> nd._getCmEvent(ch, 0, 0, 0), "_getCmEvent", "null address");
            expect(() -> nd._createId(ch, (short) 12345), "rdma_create_id", "port space");
            long id = nd._createId(ch, (short) 0x106);
            expect(() -> nd._bindAddr(id, 0), "rdma_bind_addr", "null address");
            ByteBuffer sin = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder());
            sin.putShort(0, (short) 10); // AF_INET6: DiSNi writes IPv4 only
            expect(() -> nd._bindAddr(id, MemoryUtils.getAddress(sin)), "rdma_bind_addr", "family");
            expect(() -> nd._disconnect(id), "rdma_disconnect", "not bound");
            expect(() -> nd._createQP(id, 0x1000, 0x1000, 0x1000, 2, 1, 1, 0), "_createQP", "protection domain");
            assertThat(nd._getContext(id)).as("no device bound yet").isEqualTo(-1);
            assertThat(nd._destroyCmId(id)).isZero();
            expect(() -> nd._destroyCmId(id), "_destroyCmId", "already destroyed");
        } finally {
            nd._destroyEventChannel(ch);
        }
    }

    interface NativeCall {
        void run() throws Exception;
    }

    static void expect(NativeCall call, String names, String reason) {
        assertThatThrownBy(call::run).isInstanceOf(IOException.class).hasMessageContaining(names)
                .hasMessageContaining(reason);
    }
}
