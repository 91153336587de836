package org.borealis.transport.rdma;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedList;
import java.util.List;

import com.ibm.disni.verbs.IbvCQ;
import com.ibm.disni.verbs.IbvQP;
import com.ibm.disni.verbs.IbvQPInitAttr;
import com.ibm.disni.verbs.IbvRecvWR;
import com.ibm.disni.verbs.IbvSendWR;
import com.ibm.disni.verbs.IbvSge;
import com.ibm.disni.verbs.IbvWC;
import com.ibm.disni.verbs.RdmaCmId;
import com.ibm.disni.verbs.SVCPollCq;
import com.ibm.disni.verbs.SVCPostRecv;
import com.ibm.disni.verbs.SVCPostSend;
import com.ibm.disni.verbs.SVCReqNotify;

/**
 * The verbs resources of one endpoint: a reliable-connected queue pair created through its
 * rdma_cm id, two completion queues of its own (one for the send queue's work, one for receives,
 * both on the poller's completion channel), and three registered areas from the slab allocator:
 * send slots, receive buffers and a ring of small control buffers (HELLO, CREDIT).
 *
 * <p>Two completion queues so that each can be armed for events on its own: the receive queue's
 * always when the poller goes to sleep, the send queue's only when a completion there is awaited
 * (see {@link RdmaEndpoint#arm}). A message's own send completion then does not wake the poller
 * by itself: in a request/reply exchange it is taken when the reply wakes it, one wake-up per
 * message instead of two, as perftest's event mode does with its unsignalled sends.
 *
 * <p>Every work request is prepared once as a DiSNi stateful verb call and only its fields are
 * rewritten per post ({@code wr_id}, flags, scatter-gather entry, remote address and key), so
 * posting and polling allocate nothing. A work request id says what completed:
 * {@link #WR_OP} (an operation of the {@link SendQueue}), {@link #WR_CONTROL} or
 * {@link #WR_RECV} with the receive buffer's index in the low bits.
 *
 * <p>Posting happens under the endpoint's lock; polling on the poller thread.
 */
final class QueuePair implements SendQueue.Poster {

    static final long WR_OP = 1L << 56;
    static final long WR_CONTROL = 2L << 56;
    static final long WR_RECV = 3L << 56;
    static final long KIND_MASK = 0xffL << 56;

    static final int POLL_BATCH = 16;
    static final int CONTROL_SIZE = 32;
    static final int INLINE = 128;

    private final RdmaCmId id;
    private final IbvCQ sendCq;
    private final IbvCQ recvCq;
    private final IbvQP qp;
    private final RdmaBuffer sendArea;
    private final RdmaBuffer recvArea;
    private final RdmaBuffer controlArea;
    private final int slotSize;
    private final int controlSlots;
    private final int inline;
    private final SVCPostSend send;
    private final SVCPostSend.SendWRMod sendWr;
    private final SVCPostSend.SgeMod sendSge;
    private final SVCPostSend read;
    private final SVCPostSend.SendWRMod readWr;
    private final SVCPostSend.SgeMod readSge;
    private final SVCPostSend.RdmaMod readRdma;
    private final SVCPostSend write;
    private final SVCPostSend.SendWRMod writeWr;
    private final SVCPostSend.SgeMod writeSge;
    private final SVCPostSend.RdmaMod writeRdma;
    private final SVCPostRecv[] recvs;
    final IbvWC[] sendWcs = new IbvWC[POLL_BATCH];
    final IbvWC[] recvWcs = new IbvWC[POLL_BATCH];
    private final SVCPollCq pollSend;
    private final SVCPollCq pollRecv;
    private final SVCReqNotify notifySend;
    private final SVCReqNotify notifyRecv;
    /** Arms the send queue's completions from a posting thread (under the endpoint's lock). */
    private final SVCReqNotify notifySendFromPoster;
    private long controlSeq;

    QueuePair(RdmaTransport transport, RdmaCmId id, CompletionPoller poller, int sendSlots, int slotSize,
              int recvDepth, int maxWrs) throws IOException {
        this.id = id;
        this.slotSize = slotSize;
        this.controlSlots = maxWrs;
        RdmaDevice device = transport.device();
        sendArea = transport.allocateInternal(sendSlots * slotSize);
        recvArea = transport.allocateInternal(recvDepth * slotSize);
        controlArea = transport.allocateInternal(controlSlots * CONTROL_SIZE);
        sendCq = device.verbs().createCQ(device.context(), poller.channel(), maxWrs + 1, 0);
        recvCq = device.verbs().createCQ(device.context(), poller.channel(), recvDepth + 1, 0);
        IbvQP created;
        int inlineBytes = INLINE;
        try {
            created = id.createQP(device.pd(), initAttr(sendCq, recvCq, maxWrs, recvDepth, inlineBytes));
        } catch (IOException e) {
            inlineBytes = 0; // some adapters take no inline data
            created = id.createQP(device.pd(), initAttr(sendCq, recvCq, maxWrs, recvDepth, inlineBytes));
        }
        qp = created;
        inline = inlineBytes;
        send = prepare(device, IbvSendWR.IBV_WR_SEND);
        sendWr = send.getWrMod(0);
        sendSge = sendWr.getSgeMod(0);
        read = prepare(device, IbvSendWR.IBV_WR_RDMA_READ);
        readWr = read.getWrMod(0);
        readSge = readWr.getSgeMod(0);
        readRdma = readWr.getRdmaMod();
        write = prepare(device, IbvSendWR.IBV_WR_RDMA_WRITE);
        writeWr = write.getWrMod(0);
        writeSge = writeWr.getSgeMod(0);
        writeRdma = writeWr.getRdmaMod();
        recvs = new SVCPostRecv[recvDepth];
        for (int slot = 0; slot < recvDepth; slot++) {
            IbvSge sge = new IbvSge();
            sge.setAddr(recvArea.address() + (long) slot * slotSize);
            sge.setLength(slotSize);
            sge.setLkey(recvArea.lkey());
            LinkedList<IbvSge> sgl = new LinkedList<>();
            sgl.add(sge);
            IbvRecvWR wr = new IbvRecvWR();
            wr.setWr_id(WR_RECV | slot);
            wr.setSg_list(sgl);
            wr.setNum_sge(1);
            recvs[slot] = device.verbs().postRecv(qp, List.of(wr), null);
        }
        for (int i = 0; i < POLL_BATCH; i++) {
            sendWcs[i] = new IbvWC();
            recvWcs[i] = new IbvWC();
        }
        pollSend = device.verbs().pollCQ(sendCq, sendWcs, POLL_BATCH);
        pollRecv = device.verbs().pollCQ(recvCq, recvWcs, POLL_BATCH);
        notifySend = device.verbs().reqNotifyCQ(sendCq, false);
        notifyRecv = device.verbs().reqNotifyCQ(recvCq, false);
        notifySendFromPoster = device.verbs().reqNotifyCQ(sendCq, false);
    }

    private static IbvQPInitAttr initAttr(IbvCQ sendCq, IbvCQ recvCq, int maxWrs, int recvDepth, int inlineBytes) {
        IbvQPInitAttr attr = new IbvQPInitAttr();
        attr.cap().setMax_send_wr(maxWrs);
        attr.cap().setMax_recv_wr(recvDepth);
        attr.cap().setMax_send_sge(1);
        attr.cap().setMax_recv_sge(1);
        attr.cap().setMax_inline_data(inlineBytes);
        attr.setQp_type(IbvQP.IBV_QPT_RC);
        attr.setSend_cq(sendCq);
        attr.setRecv_cq(recvCq);
        return attr;
    }

    private SVCPostSend prepare(RdmaDevice device, int opcode) throws IOException {
        IbvSge sge = new IbvSge();
        LinkedList<IbvSge> sgl = new LinkedList<>();
        sgl.add(sge);
        IbvSendWR wr = new IbvSendWR();
        wr.setOpcode(opcode);
        wr.setSend_flags(IbvSendWR.IBV_SEND_SIGNALED);
        wr.setSg_list(sgl);
        wr.setNum_sge(1);
        return device.verbs().postSend(qp, List.of(wr), null);
    }

    /** The send slots' memory: {@code sendSlots * slotSize} bytes. */
    ByteBuffer sendMemory() {
        return sendArea.buffer();
    }

    /** The receive buffers' memory: {@code recvDepth * slotSize} bytes. */
    ByteBuffer recvMemory() {
        return recvArea.buffer();
    }

    int recvDepth() {
        return recvs.length;
    }

    @Override
    public void postFragment(int slot, int length) throws IOException {
        sendWr.setWr_id(WR_OP);
        sendWr.setSend_flags(flags(length));
        sendSge.setAddr(sendArea.address() + (long) slot * slotSize);
        sendSge.setLength(length);
        sendSge.setLkey(sendArea.lkey());
        send.execute();
    }

    @Override
    public void postOneSided(byte kind, long localAddress, int lkey, long remoteAddress, int rkey, int length)
            throws IOException {
        boolean isRead = kind == SendQueue.READ;
        SVCPostSend call = isRead ? read : write;
        SVCPostSend.SendWRMod wr = isRead ? readWr : writeWr;
        SVCPostSend.SgeMod sge = isRead ? readSge : writeSge;
        SVCPostSend.RdmaMod rdma = isRead ? readRdma : writeRdma;
        wr.setWr_id(WR_OP);
        sge.setAddr(localAddress);
        sge.setLength(length);
        sge.setLkey(lkey);
        rdma.setRemote_addr(remoteAddress);
        rdma.setRkey(rkey);
        call.execute();
    }

    @Override
    public void postCredit(int credits) throws IOException {
        int off = nextControl();
        Wire.header(controlArea.buffer(), off, Wire.CREDIT, (byte) 0, credits);
        postControl(off, Wire.HEADER);
    }

    void postHello(int recvDepth, int fragmentPayload) throws IOException {
        int off = nextControl();
        Wire.hello(controlArea.buffer(), off, 0, recvDepth, fragmentPayload);
        postControl(off, Wire.HEADER + Wire.HELLO_BODY);
    }

    private int nextControl() {
        return (int) (controlSeq++ % controlSlots) * CONTROL_SIZE;
    }

    private void postControl(int offset, int length) throws IOException {
        sendWr.setWr_id(WR_CONTROL);
        sendWr.setSend_flags(flags(length));
        sendSge.setAddr(controlArea.address() + offset);
        sendSge.setLength(length);
        sendSge.setLkey(controlArea.lkey());
        send.execute();
    }

    private int flags(int length) {
        return length <= inline ? IbvSendWR.IBV_SEND_SIGNALED | IbvSendWR.IBV_SEND_INLINE
                                : IbvSendWR.IBV_SEND_SIGNALED;
    }

    void postRecv(int slot) throws IOException {
        recvs[slot].execute();
    }

    /** Polls up to {@link #POLL_BATCH} completions of the send queue into {@link #sendWcs}; returns how many. */
    int pollSends() throws IOException {
        return pollSend.execute().getPolls();
    }

    /** Polls up to {@link #POLL_BATCH} completions of receives into {@link #recvWcs}; returns how many. */
    int pollReceives() throws IOException {
        return pollRecv.execute().getPolls();
    }

    /**
     * Asks for a completion event on the poller's channel for the next receive, and for the next
     * completion of the send queue's work when {@code sends} (poller thread).
     */
    void armNotification(boolean sends) throws IOException {
        notifyRecv.execute();
        if (sends) {
            notifySend.execute();
        }
    }

    /** Asks for an event for the next completion of the send queue's work (a posting thread, under the endpoint's lock). */
    void armSendsFromPoster() throws IOException {
        notifySendFromPoster.execute();
    }

    /**
     * Destroys the queue pair and the completion queue and deregisters the three areas. Only
     * after every posted work request has completed (or been flushed).
     */
    void destroy() {
        try {
            id.destroyQP();
        } catch (IOException e) {
            RdmaTransport.LOG.debug("destroying queue pair: {}", e.getMessage());
        }
        try {
            sendCq.destroyCQ();
        } catch (IOException e) {
            RdmaTransport.LOG.debug("destroying the send completion queue: {}", e.getMessage());
        }
        try {
            recvCq.destroyCQ();
        } catch (IOException e) {
            RdmaTransport.LOG.debug("destroying the receive completion queue: {}", e.getMessage());
        }
        send.free();
        read.free();
        write.free();
        for (SVCPostRecv r : recvs) {
            r.free();
        }
        pollSend.free();
        pollRecv.free();
        notifySend.free();
        notifyRecv.free();
        notifySendFromPoster.free();
        sendArea.close();
        recvArea.close();
        controlArea.close();
    }
}
