// The Exchange tab asks, with the real question, whether to trust a moved commune's key for
// its new unit: the question names both units, the date and the resolution; refused, nothing
// is imported; accepted, the file is applied.
#include "core/exchange/KeyStore.h"
#include "test_exchange_support.h"
#include "ui/exchange/ExchangePage.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace chitieu;
using namespace chitieu::exchange;
using test::at;
using test::Installation;
using test::ScopedClock;

TEST_CASE("The Exchange tab asks about a moved commune's key with both units, the date and the resolution")
{
    ScopedClock clock(at(2025, 12, 1));
    Installation commune(QStringLiteral("19792"), Role::Commune, QStringLiteral("Lê Thị Cúc"));
    Installation city(QStringLiteral("46"), Role::Province, QStringLiteral("Phạm Thị Phương"));
    // The city recorded Xuân Phú's key from an earlier file; Xuân Phú then became part of Vỹ Dạ.
    const QByteArray key = keystore::ensureOwnKey(commune.w().db()).publicKey;
    {
        Database::Transaction t(city.w().db());
        keystore::trust(city.w().db(), QStringLiteral("19792"), key, QStringLiteral("Phạm Thị Phương"));
        t.commit();
    }
    commune.moveTo(QStringLiteral("19777"));
    commune.enter(QStringLiteral("19777"), 2025, {{"live_births", 130}});
    const QString file = commune.exportFile(2025, QStringLiteral("vy-da-2025.chitieu"));

    ui::ExchangePage page(city.w());
    page.show();
    for (const bool accept : {false, true}) {
        QString asked;
        QTimer answer;
        answer.setInterval(10);
        QObject::connect(&answer, &QTimer::timeout, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            answer.stop();
            asked = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text().contains(accept ? QStringLiteral("Accept the key") : QStringLiteral("Refuse")))
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        answer.start();
        const auto outcomes = page.importFiles({file});
        REQUIRE(outcomes.size() == 1);
        CHECK(asked.contains(
            QStringLiteral("Phường Xuân Phú (19792) became part of Phường Vỹ Dạ (19777) on 01/07/2025")));
        CHECK(asked.contains(QStringLiteral("NQ 1675/NQ-UBTVQH15")));
        CHECK(outcomes.first().result == (accept ? ImportResult::Applied : ImportResult::Refused));
        CHECK(city.w().values().value(QStringLiteral("19777"), 2025, "live_births") ==
              (accept ? std::optional<qint64>(130) : std::nullopt));
        CHECK(keystore::trustedKey(city.w().db(), QStringLiteral("19777")).has_value() == accept);
    }
}
