#pragma once
// Every question the exchange screen asks a person, in one overridable place: the default
// shows file dialogs, message boxes and the change review; a test subclasses it and answers
// in advance. PromptDecisions turns it into the importer's ImportDecisions.

#include "core/exchange/ImportDecisions.h"

#include <QStringList>
#include <optional>

class QWidget;

namespace chitieu {
class Workspace;
}
namespace chitieu::exchange {
struct UnimportPlan;
}

namespace chitieu::ui {

class ExchangePrompts
{
public:
    virtual ~ExchangePrompts() = default;

    virtual QStringList chooseFiles(QWidget* parent);
    virtual QString chooseFolder(QWidget* parent);
    // A file to write; empty when cancelled.
    virtual QString chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                                   const QString& filter);
    // Why a unit's file is returned; nullopt when cancelled.
    virtual std::optional<QString> askReturnReason(QWidget* parent, const QString& unitName, int year);
    virtual void showError(QWidget* parent, const QString& message);
    // Send a file whose data is not complete? `why` says what is missing.
    virtual bool confirmIncompleteExport(QWidget* parent, const QString& why);

    virtual bool acceptNewKey(QWidget* parent, Workspace& workspace, const exchange::KeyReview& review);
    virtual bool acceptMovedKey(QWidget* parent, Workspace& workspace, const exchange::MovedKeyReview& review);
    virtual bool acceptChanges(QWidget* parent, Workspace& workspace, const exchange::ChangeReview& review);
    virtual bool overwriteOwnValues(QWidget* parent, Workspace& workspace, const exchange::ChangeReview& review);
    virtual bool replaceNewer(QWidget* parent, Workspace& workspace, const exchange::ReplaceReview& review);
    // Take back a file? The plan lists every value, form and received file that goes back.
    virtual bool confirmTakeBack(QWidget* parent, Workspace& workspace, const exchange::UnimportPlan& plan);
};

class PromptDecisions : public exchange::ImportDecisions
{
public:
    PromptDecisions(ExchangePrompts& prompts, Workspace& workspace, QWidget* parent)
        : m_prompts(prompts), m_workspace(workspace), m_parent(parent)
    {}
    bool acceptNewKey(const exchange::KeyReview& r) override
    {
        return m_prompts.acceptNewKey(m_parent, m_workspace, r);
    }
    bool acceptMovedKey(const exchange::MovedKeyReview& r) override
    {
        return m_prompts.acceptMovedKey(m_parent, m_workspace, r);
    }
    bool acceptChanges(const exchange::ChangeReview& r) override
    {
        return m_prompts.acceptChanges(m_parent, m_workspace, r);
    }
    bool overwriteOwnValues(const exchange::ChangeReview& r) override
    {
        return m_prompts.overwriteOwnValues(m_parent, m_workspace, r);
    }
    bool replaceNewer(const exchange::ReplaceReview& r) override
    {
        return m_prompts.replaceNewer(m_parent, m_workspace, r);
    }

private:
    ExchangePrompts& m_prompts;
    Workspace& m_workspace;
    QWidget* m_parent;
};

} // namespace chitieu::ui
