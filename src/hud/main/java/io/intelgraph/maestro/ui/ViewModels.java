package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.ui.auth.SignInViewModel;
import io.intelgraph.maestro.ui.detail.DistillationViewModel;
import io.intelgraph.maestro.ui.detail.RunDetailViewModel;
import io.intelgraph.maestro.ui.evidence.EvidenceViewModel;
import io.intelgraph.maestro.ui.previews.PreviewsViewModel;
import io.intelgraph.maestro.ui.release.ReleaseViewModel;
import io.intelgraph.maestro.ui.slo.SloViewModel;
import io.intelgraph.maestro.ui.teachers.TeachersViewModel;

import java.util.Optional;

/** The window's view models, built together by {@link HudComposition}. */
public record ViewModels(HudViewModel hud, RunDetailViewModel detail, PreviewsViewModel previews,
        EvidenceViewModel evidence, DistillationViewModel distillation, Optional<TeachersViewModel> teachers,
        ReleaseViewModel release, SloViewModel slo, Optional<SignInViewModel> signIn) {
}
