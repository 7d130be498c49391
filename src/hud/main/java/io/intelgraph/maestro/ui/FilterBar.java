package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.store.TileQuery;
import io.intelgraph.maestro.store.TileSort;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

import java.util.Arrays;
import java.util.EnumSet;

/** Free text, state, repository, branch/PR and author filters, and the sort; each edit changes the model's query. */
final class FilterBar extends HBox {

    FilterBar(HudViewModel model) {
        getStyleClass().add("filter-bar");
        setSpacing(8);
        setPadding(new Insets(8, 12, 8, 12));
        setAlignment(Pos.CENTER_LEFT);
        TileQuery initial = model.queryProperty().get();

        TextField text = field("filter-text", "Filter: repo, branch, PR, workflow, author…", initial.text(), 280);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().addListener((o, a, v) -> model.updateQuery(q -> q.withText(v)));

        CheckComboBox<BuildState> states = new CheckComboBox<>();
        states.setId("filter-states");
        states.setTitle("States");
        states.getItems().setAll(BuildState.values());
        initial.states().forEach(s -> states.getCheckModel().check(s));
        states.getCheckModel().getCheckedItems().addListener((ListChangeListener<BuildState>) c -> {
            EnumSet<BuildState> checked = EnumSet.noneOf(BuildState.class);
            checked.addAll(states.getCheckModel().getCheckedItems());
            model.updateQuery(q -> q.withStates(checked));
        });

        TextField repo = field("filter-repo", "Repository", initial.repo(), 150);
        repo.textProperty().addListener((o, a, v) -> model.updateQuery(q -> q.withRepo(v)));
        TextField branch = field("filter-branch", "Branch or #PR", initial.branch(), 140);
        branch.textProperty().addListener((o, a, v) -> model.updateQuery(q -> q.withBranch(v)));
        TextField author = field("filter-author", "Author", initial.author(), 120);
        author.textProperty().addListener((o, a, v) -> model.updateQuery(q -> q.withAuthor(v)));

        ComboBox<TileSort> sort = new ComboBox<>();
        sort.setId("filter-sort");
        sort.getItems().setAll(TileSort.values());
        sort.setConverter(new StringConverter<>() {
            @Override
            public String toString(TileSort value) {
                return value == null ? "" : value.label();
            }

            @Override
            public TileSort fromString(String label) {
                return Arrays.stream(TileSort.values()).filter(s -> s.label().equals(label)).findFirst()
                        .orElse(TileSort.FAILING_FIRST);
            }
        });
        sort.setValue(initial.sort());
        sort.valueProperty().addListener((o, a, v) -> model.updateQuery(q -> q.withSort(v)));

        getChildren().addAll(text, states, repo, branch, author, sort);
    }

    private static TextField field(String id, String prompt, String value, double width) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        return field;
    }
}
