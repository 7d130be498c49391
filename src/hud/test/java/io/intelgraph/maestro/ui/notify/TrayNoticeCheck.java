package io.intelgraph.maestro.ui.notify;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.transitions.Transition;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The system-tray path on a real X display with a tray (scripts/tray-check.sh runs it under Xvfb
 * with trayer): installs {@link TrayNotifications}, shows a break, and waits for a click on the
 * message to come back through the click handler. Prints each step; exit 0 only when all happened.
 */
public final class TrayNoticeCheck {

    private TrayNoticeCheck() {
    }

    public static void main(String[] args) throws InterruptedException {
        Optional<NotificationSink> tray = TrayNotifications.install("Maestro Build HUD", Runnable::run);
        if (tray.isEmpty()) {
            System.out.println("no tray: the window's notices would be used");
            System.exit(2);
        }
        System.out.println("installed in " + tray.get().where());
        Transition broke = new Transition(Transition.Kind.BREAK,
                NotifyFixtures.tile(412, "acme/api", "main", false, "mateo-g", null), BuildState.PASSED);
        CountDownLatch clicked = new CountDownLatch(1);
        Notice notice = Notice.of(List.of(broke));
        tray.get().show(notice, () -> {
            System.out.println("clicked: opens " + notice.run().map(t -> t.repoName() + " run " + t.headline().id()).orElse("the window"));
            clicked.countDown();
        });
        System.out.println("shown: " + notice.title() + " / " + notice.text());
        boolean ok = clicked.await(Long.parseLong(args.length > 0 ? args[0] : "30"), TimeUnit.SECONDS);
        tray.get().close();
        System.out.println(ok ? "PASS" : "no click arrived");
        System.exit(ok ? 0 : 3);
    }
}
