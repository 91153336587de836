package org.borealis.bench.transport;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayDeque;

import org.HdrHistogram.Histogram;

/**
 * The baseline: plain blocking {@link Socket}s with TCP_NODELAY, one thread per side, the same
 * sizes as the transport case and no framing at all. The server side reads a request of a known
 * size and writes a response of a known size, forever.
 */
final class SocketBaseline {

    private SocketBaseline() {
    }

    /**
     * {@code window} requests of {@code requestSize} bytes kept in flight, each answered with
     * {@code responseSize} bytes; latency is from writing a request to having read its response.
     */
    static Measurement requestResponse(int requestSize, int responseSize, int window, int warmup, int iterations)
            throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = Thread.ofPlatform().name("baseline-server").start(() -> serve(listener, requestSize,
                    responseSize));
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                s.setTcpNoDelay(true);
                OutputStream out = s.getOutputStream();
                DataInputStream in = new DataInputStream(s.getInputStream());
                byte[] request = new byte[requestSize];
                byte[] response = new byte[responseSize];
                run(out, in, request, response, window, warmup, Measurement.histogram());
                Histogram h = Measurement.histogram();
                long cpu = Measurement.cpuNow();
                long start = System.nanoTime();
                run(out, in, request, response, window, iterations, h);
                long nanos = System.nanoTime() - start;
                cpu = Measurement.cpuNow() - cpu;
                s.shutdownOutput();
                server.join();
                return new Measurement(h, (long) iterations * Math.max(requestSize, responseSize), nanos, iterations,
                        cpu);
            }
        }
    }

    private static void run(OutputStream out, DataInputStream in, byte[] request, byte[] response, int window,
                            int n, Histogram h) throws IOException {
        ArrayDeque<Long> sent = new ArrayDeque<>(window);
        int posted = 0;
        for (; posted < Math.min(window, n); posted++) {
            sent.add(System.nanoTime());
            out.write(request);
        }
        for (int done = 0; done < n; done++) {
            in.readFully(response);
            long now = System.nanoTime();
            h.recordValue(now - sent.poll());
            if (posted < n) {
                sent.add(System.nanoTime());
                out.write(request);
                posted++;
            }
        }
    }

    private static void serve(ServerSocket listener, int requestSize, int responseSize) {
        try (Socket s = listener.accept()) {
            s.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            byte[] request = new byte[requestSize];
            byte[] response = new byte[responseSize];
            for (;;) {
                try {
                    in.readFully(request);
                } catch (java.io.EOFException end) {
                    return;
                }
                out.write(response);
            }
        } catch (IOException e) {
            throw new IllegalStateException("baseline server failed", e);
        }
    }

    /** One-way streaming of {@code count} messages of {@code size} bytes; done when the reader has them all. */
    static Measurement stream(int size, int count) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread reader = Thread.ofPlatform().name("baseline-reader").start(() -> drain(listener, size));
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                s.setTcpNoDelay(true);
                OutputStream out = s.getOutputStream();
                byte[] message = new byte[size];
                long cpu = Measurement.cpuNow();
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    out.write(message);
                }
                s.shutdownOutput();
                reader.join();
                long nanos = System.nanoTime() - start;
                cpu = Measurement.cpuNow() - cpu;
                Histogram h = Measurement.histogram();
                h.recordValue(nanos / count);
                return new Measurement(h, (long) size * count, nanos, count, cpu);
            }
        }
    }

    private static void drain(ServerSocket listener, int size) {
        try (Socket s = listener.accept()) {
            InputStream in = s.getInputStream();
            byte[] buf = new byte[Math.max(size, 64 * 1024)];
            while (in.read(buf) >= 0) {
                // count nothing: the writer measures until this thread ends
            }
        } catch (IOException e) {
            throw new IllegalStateException("baseline reader failed", e);
        }
    }
}
