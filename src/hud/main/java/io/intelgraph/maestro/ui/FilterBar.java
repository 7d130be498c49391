package io.intelgraph.maestro.ui;

import io.intelgraph.maestro.store.TileQuery;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

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

        StateFilterMenu states = new StateFilterMenu(initial.states(),
                checked -> model.updateQuery(q -> q.withStates(checked)));
        states.setId("filter-states");

        TextField repo = field("filter-repo", "Repository", initial.repo(), 150);
        repo.textProperty().addListener((o, a, v) -> model.updateQuery(q -> q.withRepo(v)));
        TextField branch = field("filter-branch", "Branch or #PR", initial.branch(), 140);
        branch.textProperty().addListener((o, a, v) -> model.updateQuery(q -> q.withBranch(v)));
        TextField author = field("filter-author", "Author", initial.author(), 120);
        author.textProperty().addListener((o, a, v) -> model.updateQuery(q -> q.withAuthor(v)));

        SortMenu sort = new SortMenu(initial.sort(), chosen -> model.updateQuery(q -> q.withSort(chosen)));
        sort.setId("filter-sort");

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
