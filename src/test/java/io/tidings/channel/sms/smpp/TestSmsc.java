package io.tidings.channel.sms.smpp;

import io.tidings.channel.sms.SmsEncoding;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;

/**
 * A small SMSC on a free loopback port, built on jSMPP's own server side: it accepts transceiver
 * binds with one system id and password, records every submit_sm, answers each with the status the
 * test scripts (ESME_ROK and a fresh message id by default), and sends deliver_sm receipts and
 * inbound messages on a bound session. Waiting methods give up after a minute, so a broken client
 * fails the test instead of hanging it.
 */
public final class TestSmsc implements AutoCloseable {

    public static final String SYSTEM_ID = "tidings";
    public static final String PASSWORD = "secret";
    private static final long WAIT_SECONDS = 60;

    /** One submit_sm as it arrived. */
    public record Submitted(byte sourceTon, byte sourceNpi, String source, byte destinationTon, byte destinationNpi,
            String destination, byte esmClass, byte dataCoding, byte registeredDelivery, byte[] shortMessage,
            String messageId) {

        public boolean hasHeader() {
            return GSMSpecificFeature.UDHI.containedIn(esmClass);
        }

        /** The text of the message, decoded as its data_coding says, without its concatenation header. */
        public String text() {
            return MessageParts.text(dataCoding, hasHeader(), shortMessage);
        }
    }

    private final ServerSocket socket;
    private final SMPPServerSessionListener listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-smsc");
        thread.setDaemon(true);
        return thread;
    });
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Submitted> submitted = new LinkedBlockingQueue<>();
    private final List<Submitted> allSubmitted = new CopyOnWriteArrayList<>();
    private final Deque<Integer> scriptedStatuses = new ArrayDeque<>();
    private final Tally binds = new Tally("binds");
    private final Tally unbinds = new Tally("unbinds");
    private final AtomicInteger messageIds = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean closed;

    /** The status that makes the SMSC not answer at all, so the client's response timeout runs out. */
    public static final int SILENCE = -1;

    private TestSmsc(ServerSocket socket) throws IOException {
        this.socket = socket;
        ServerConnectionFactory bound = new ServerConnectionFactory() {
            @Override
            public ServerConnection listen(int port) {
                return new ServerSocketConnection(socket);
            }

            @Override
            public ServerConnection listen(int port, int timeout) {
                return new ServerSocketConnection(socket);
            }

            @Override
            public ServerConnection listen(int port, int timeout, int backlog) {
                return new ServerSocketConnection(socket);
            }
        };
        this.listener = new SMPPServerSessionListener(0, bound);
        listener.setMessageReceiverListener(new Receiver());
        listener.setSessionStateListener(this::stateChanged);
        threads.execute(this::acceptLoop);
    }

    public static TestSmsc start() throws IOException {
        return start(0);
    }

    /** An SMSC on the given loopback port, as after a restart. */
    public static TestSmsc start(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new TestSmsc(socket);
    }

    /** An SMSC that speaks TLS only, with the certificate in {@code tls}. */
    public static TestSmsc startTls(SSLContext tls) throws IOException {
        ServerSocket socket = tls.getServerSocketFactory().createServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return new TestSmsc(socket);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The next submit_sm statuses, in order ({@link #SILENCE} for no answer); then ESME_ROK again. */
    public void answerNext(int... statuses) {
        synchronized (scriptedStatuses) {
            for (int status : statuses) {
                scriptedStatuses.add(status);
            }
        }
    }

    /** Waits for the next submit_sm. */
    public Submitted nextSubmit() throws InterruptedException {
        Submitted next = submitted.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("No submit_sm reached the SMSC within " + WAIT_SECONDS + " s.");
        }
        return next;
    }

    /** Waits for the next {@code count} submit_sm. */
    public List<Submitted> nextSubmits(int count) throws InterruptedException {
        List<Submitted> next = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            next.add(nextSubmit());
        }
        return next;
    }

    public List<Submitted> allSubmitted() {
        return List.copyOf(allSubmitted);
    }

    /** How many binds the SMSC accepted so far. */
    public int binds() {
        return binds.get();
    }

    public int unbinds() {
        return unbinds.get();
    }

    /** Waits until the SMSC has accepted {@code count} binds in all. */
    public void awaitBinds(int count) throws InterruptedException {
        binds.await(count);
    }

    /** Waits until clients have unbound {@code count} times in all. */
    public void awaitUnbinds(int count) throws InterruptedException {
        unbinds.await(count);
    }

    /** Closes every bound connection from the SMSC's side, as a network drop or SMSC restart would. */
    public void dropBinds() {
        for (SMPPServerSession session : sessions) {
            session.close();
        }
        sessions.clear();
    }

    /**
     * Sends a delivery receipt in SMPP 3.4 Appendix B text and waits for the client's answer.
     *
     * @param stat DELIVRD, UNDELIV, REJECTD, EXPIRED, ...
     * @param tlvState when not null, also the receipted_message_id and this message_state TLV
     * @throws org.jsmpp.extra.NegativeResponseException when the client refuses the deliver_sm
     */
    public void sendReceipt(String messageId, String stat, OptionalParameter.Message_state.Message_state_enum tlvState)
            throws Exception {
        String text = "id:" + messageId + " sub:001 dlvrd:001 submit date:2501011200 done date:2501011201 stat:" + stat
                + " err:000 text:Hello";
        OptionalParameter[] parameters = tlvState == null ? new OptionalParameter[0]
                : new OptionalParameter[] {
                        new OptionalParameter.Receipted_message_id(messageId),
                        new OptionalParameter.Message_state(tlvState.byteValue())};
        deliver(TypeOfNumber.INTERNATIONAL, "14155550100", TypeOfNumber.INTERNATIONAL, "14155550199",
                new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                DataCodings.ZERO, text.getBytes(StandardCharsets.ISO_8859_1), parameters);
    }

    /** Sends a receipt whose short message is {@code text} as it is, without TLVs. */
    public void sendRawReceipt(String text) throws Exception {
        deliver(TypeOfNumber.INTERNATIONAL, "14155550100", TypeOfNumber.INTERNATIONAL, "14155550199",
                new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                DataCodings.ZERO, text.getBytes(StandardCharsets.ISO_8859_1), new OptionalParameter[0]);
    }

    /**
     * Delivers a message a phone sent (GSM-7 in the default alphabet, or UCS-2 when it needs it) and
     * waits for the client's answer.
     *
     * @param from an international number without its +
     * @param to the account's number (international, without +) or short code
     */
    public void sendInbound(String from, String to, String text) throws Exception {
        boolean gsm = SmsEncoding.analyse(text).encoding() == SmsEncoding.Encoding.GSM_7;
        byte[] body = gsm ? SmsEncoding.gsmSeptets(text) : text.getBytes(StandardCharsets.UTF_16BE);
        TypeOfNumber toType = to.length() > 8 ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.NETWORK_SPECIFIC;
        deliver(TypeOfNumber.INTERNATIONAL, from, toType, to, new ESMClass(), gsm ? DataCodings.ZERO
                : new GeneralDataCoding(Alphabet.ALPHA_UCS2), body, new OptionalParameter[0]);
    }

    private void deliver(TypeOfNumber sourceType, String source, TypeOfNumber destinationType, String destination,
            ESMClass esmClass, DataCoding coding, byte[] body, OptionalParameter[] parameters) throws Exception {
        SMPPServerSession session = sessions.stream().filter(candidate -> candidate.getSessionState().isBound())
                .findFirst().orElseThrow(() -> new AssertionError("No client is bound to the SMSC."));
        session.deliverShortMessage("", sourceType, NumberingPlanIndicator.ISDN, source, destinationType,
                NumberingPlanIndicator.ISDN, destination, esmClass, (byte) 0, (byte) 0, new RegisteredDelivery(0),
                coding, body, parameters);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                threads.execute(() -> bind(session));
            } catch (IOException | RejectedExecutionException stopped) {
                // Closed while a client was connecting (the next test's engine reconnecting): nothing to bind it to.
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(WAIT_SECONDS * 1000);
            if (!SYSTEM_ID.equals(request.getSystemId())) {
                request.reject(SMPPConstant.STAT_ESME_RINVSYSID);
                return;
            }
            if (!PASSWORD.equals(request.getPassword())) {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
                return;
            }
            request.accept("TestSmsc");
            sessions.add(session);
            binds.add();
        } catch (Exception failed) {
            session.close();
        }
    }

    private void stateChanged(SessionState newState, SessionState oldState, Session source) {
        if (newState == SessionState.UNBOUND) {
            unbinds.add();
        }
    }

    private int nextStatus() {
        synchronized (scriptedStatuses) {
            Integer status = scriptedStatuses.poll();
            return status == null ? SMPPConstant.STAT_ESME_ROK : status;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        closing.countDown();
        dropBinds();
        listener.close();
        threads.shutdownNow();
    }

    /** A count that tests can wait on. */
    private static final class Tally {

        private final String name;
        private final AtomicInteger count = new AtomicInteger();
        private final BlockingQueue<Integer> changes = new LinkedBlockingQueue<>();

        Tally(String name) {
            this.name = name;
        }

        void add() {
            changes.add(count.incrementAndGet());
        }

        int get() {
            return count.get();
        }

        void await(int wanted) throws InterruptedException {
            while (count.get() < wanted) {
                if (changes.poll(WAIT_SECONDS, TimeUnit.SECONDS) == null) {
                    throw new AssertionError("The SMSC saw " + count.get() + " " + name + ", not " + wanted + ", within "
                            + WAIT_SECONDS + " s.");
                }
            }
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
            int status = nextStatus();
            String id = status == SMPPConstant.STAT_ESME_ROK ? "m" + messageIds.incrementAndGet() : null;
            Submitted record = new Submitted(submitSm.getSourceAddrTon(), submitSm.getSourceAddrNpi(),
                    submitSm.getSourceAddr(), submitSm.getDestAddrTon(), submitSm.getDestAddrNpi(),
                    submitSm.getDestAddress(), submitSm.getEsmClass(), submitSm.getDataCoding(),
                    submitSm.getRegisteredDelivery(), submitSm.getShortMessage(), id);
            allSubmitted.add(record);
            submitted.add(record);
            if (status == SILENCE) {
                try {
                    closing.await(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                throw new ProcessRequestException("answered too late", SMPPConstant.STAT_ESME_RSYSERR);
            }
            if (status != SMPPConstant.STAT_ESME_ROK) {
                throw new ProcessRequestException("scripted refusal", status);
            }
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (PDUStringException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
