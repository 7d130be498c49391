package io.intelgraph.maestro.ui.auth;

import io.intelgraph.maestro.auth.CredentialStore;
import io.intelgraph.maestro.auth.DeviceCode;
import io.intelgraph.maestro.auth.DeviceFlowException;
import io.intelgraph.maestro.auth.SignIn;
import io.intelgraph.maestro.ui.task.BackgroundTask;
import io.intelgraph.maestro.ui.task.Generation;
import io.intelgraph.maestro.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The "Sign in" dialog's state: asks GitHub for a code, shows it with the URL to enter it at, waits
 * (in the background) for the person to approve it, and puts the token to use at once. Cancel stops
 * the wait; its late outcome is dropped.
 */
public final class SignInViewModel {

    /** Where the sign-in is. */
    public enum Phase {
        /** Nothing under way (the dialog offers "Sign in", or "Sign out" when signed in). */
        IDLE,
        /** Asking the web host for a code. */
        REQUESTING,
        /** The code and URL are shown; waiting for the person to enter and approve it. */
        WAITING,
        SIGNED_IN,
        FAILED
    }

    private final SignIn signIn;
    private final TaskExecutor tasks;
    private final Generation attempts = new Generation();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyStringWrapper userCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verificationUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Counts the sign-ins and sign-outs that changed the token the HUD uses: whose builds are "mine" follows it. */
    private final ReadOnlyIntegerWrapper tokenChanges = new ReadOnlyIntegerWrapper();
    private AtomicBoolean cancelled = new AtomicBoolean();

    public SignInViewModel(SignIn signIn, TaskExecutor tasks) {
        this.signIn = signIn;
        this.tasks = tasks;
        message.set("Sign in to " + signIn.host() + " with a code entered in your browser.");
    }

    /** Asks for a code, then waits for its approval; a new start cancels the one before. */
    public void start() {
        cancel();
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        Generation.Ticket ticket = attempts.next();
        phase.set(Phase.REQUESTING);
        userCode.set("");
        verificationUrl.set("");
        message.set("Asking " + signIn.host() + " for a code…");
        BackgroundTask.of("sign-in: code", signIn::start)
                .whileCurrent(ticket)
                .onSuccess(code -> await(code, ticket, stop))
                .onFailure(this::failed)
                .executeWith(tasks);
    }

    private void await(DeviceCode code, Generation.Ticket ticket, AtomicBoolean stop) {
        phase.set(Phase.WAITING);
        userCode.set(code.userCode());
        verificationUrl.set(code.verificationUri().toString());
        message.set("Open the address below, enter the code and approve. Waiting…");
        BackgroundTask.of("sign-in: waiting", () -> signIn.finish(code, stop::get))
                .whileCurrent(ticket)
                .onSuccess(this::signedIn)
                .onFailure(this::failed)
                .executeWith(tasks);
    }

    private void signedIn(SignIn.Outcome outcome) {
        phase.set(Phase.SIGNED_IN);
        tokenChanges.set(tokenChanges.get() + 1);
        userCode.set("");
        message.set("Signed in to " + signIn.host() + "; the HUD uses the token now. " + outcome.keptIn()
                .map(store -> "It is kept in the " + store + " for the next start.")
                .orElse("It is kept for this run only: " + outcome.notKept().orElse("")));
    }

    private void failed(Exception failure) {
        phase.set(Phase.FAILED);
        userCode.set("");
        message.set(failure instanceof DeviceFlowException e ? e.getMessage()
                : "Sign-in failed: " + failure.getMessage());
    }

    /** Stops waiting; the dialog can be closed or started again. */
    public void cancel() {
        cancelled.set(true);
        attempts.invalidate();
        if (phase.get() == Phase.REQUESTING || phase.get() == Phase.WAITING) {
            phase.set(Phase.IDLE);
            userCode.set("");
            message.set("Sign-in cancelled.");
        }
    }

    /** Forgets the kept token and goes back to the credentials the HUD started with. */
    public void signOut() {
        cancel();
        BackgroundTask.of("sign-out", signIn::signOut)
                .onSuccess(removed -> {
                    phase.set(Phase.IDLE);
                    tokenChanges.set(tokenChanges.get() + 1);
                    message.set(removed ? "Signed out of " + signIn.host() + "; the token was removed from the "
                            + signIn.storeName() + "." : "Signed out of " + signIn.host() + ".");
                })
                .onFailure(failure -> message.set(failure instanceof CredentialStore.Unavailable
                        ? "Signed out for this run. " + failure.getMessage() : "Sign-out failed: " + failure.getMessage()))
                .executeWith(tasks);
    }

    public ReadOnlyIntegerProperty tokenChangesProperty() {
        return tokenChanges.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userCodeProperty() {
        return userCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verificationUrlProperty() {
        return verificationUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String host() {
        return signIn.host();
    }
}
