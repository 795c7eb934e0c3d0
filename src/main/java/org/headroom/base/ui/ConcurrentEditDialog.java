package org.headroom.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Tells the user that someone else saved the record first and offers to reload; their own edits
 * are not saved, and the other person's are not overwritten.
 */
public final class ConcurrentEditDialog extends ConfirmDialog {

    public ConcurrentEditDialog(Runnable reload) {
        setId("concurrent-edit-dialog");
        setHeader(getTranslation("concurrent-edit.title"));
        setText(getTranslation("concurrent-edit.text"));
        setConfirmText(getTranslation("concurrent-edit.reload"));
        addConfirmListener(e -> reload.run());
        setCancelable(true);
        setCancelText(getTranslation("concurrent-edit.keep"));
    }
}
