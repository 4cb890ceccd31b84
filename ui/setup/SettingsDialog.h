#pragma once
// The settings of this installation: the language, the unit served and the user (the
// first-run questions, InstallationFields), the data folder, a district's own deadline for its
// communes, the coverage a consolidated figure needs before it is judged, and who signs the
// documents (the "TM." and "KT." lines, the title, the name). The caller saves result(); a new
// language applies from the next start, because the screens build their texts once.

#include "core/store/InstallationSettings.h"

#include <QDialog>
#include <QUrl>
#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace chitieu {
class Workspace;
}

namespace chitieu::ui {

class InstallationFields;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Workspace& workspace, QWidget* parent = nullptr);

    InstallationSettings result() const;
    // True when the chosen language differs from the saved one (the caller may say "restart").
    bool languageChanged() const;
    // OK: a signer core refuses (checkSigner) is refused here with its reason; the dialog
    // stays open with what was typed.
    void accept() override;

    // Opens the data folder; tests replace it (the default is QDesktopServices::openUrl).
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_openUrl = std::move(opener); }

    // For tests and keyboard users: the widgets by role.
    InstallationFields* setupPart() const { return m_setup; }
    QComboBox* languageBox() const { return m_language; }
    QDateEdit* deadlineEdit() const { return m_deadline; }
    QSpinBox* minCoverageEdit() const { return m_minCoverage; }
    QLineEdit* folderEdit() const { return m_folder; }
    QPushButton* openFolderButton() const { return m_openFolder; }
    QLineEdit* signerForEdit() const { return m_signerFor; }
    QLineEdit* signerProxyEdit() const { return m_signerProxy; }
    QLineEdit* signerTitleEdit() const { return m_signerTitle; }
    QLineEdit* signerNameEdit() const { return m_signerName; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QLabel* messageLabel() const { return m_message; }

private:
    QWidget* buildGeneralPart(const InstallationSettings& current);
    QWidget* buildSignerPart(const InstallationSettings& current);
    void updateState();

    InstallationSettings m_saved;
    InstallationFields* m_setup;
    QComboBox* m_language = nullptr;
    QLabel* m_restartNote = nullptr;
    QDateEdit* m_deadline = nullptr;
    QLabel* m_deadlineNote = nullptr;
    QSpinBox* m_minCoverage = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_openFolder = nullptr;
    QLineEdit* m_signerFor = nullptr;
    QLineEdit* m_signerProxy = nullptr;
    QLineEdit* m_signerTitle = nullptr;
    QLineEdit* m_signerName = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons;
    std::function<bool(const QUrl&)> m_openUrl;
};

} // namespace chitieu::ui
