// DeferredIconStyle: the style's standard icons, asked of the style it wraps only when first drawn or
// measured, and then the same icons.
#include "windows/DeferredIconStyle.h"

#include <QLineEdit>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QTest>

using namespace wa;

namespace {

// The Fusion style, counting the standard icons asked of it.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    QIcon standardIcon(StandardPixmap which, const QStyleOption* option, const QWidget* widget) const override
    {
        ++asked;
        return QProxyStyle::standardIcon(which, option, widget);
    }
    mutable int asked = 0;
};

} // namespace

class TestDeferredIconStyle : public QObject
{
    Q_OBJECT
private slots:
    void anIconIsAskedForWhenFirstDrawn_data();
    void anIconIsAskedForWhenFirstDrawn();
    void aLineEditsClearButtonStillShows();
};

void TestDeferredIconStyle::anIconIsAskedForWhenFirstDrawn_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("menu bar overflow") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
    QTest::newRow("clear button") << int(QStyle::SP_LineEditClearButton);
    QTest::newRow("dock close") << int(QStyle::SP_TitleBarCloseButton);
}

void TestDeferredIconStyle::anIconIsAskedForWhenFirstDrawn()
{
    QFETCH(int, which);
    const auto pixmap = QStyle::StandardPixmap(which);
    auto* counting = new CountingStyle;
    DeferredIconStyle style(counting);
    const QIcon icon = style.standardIcon(pixmap);
    QCOMPARE(counting->asked, 0);

    const QImage drawn = icon.pixmap(16).toImage();
    QCOMPARE(counting->asked, 1);
    QVERIFY(!drawn.isNull());
    QCOMPARE(drawn, counting->baseStyle()->standardIcon(pixmap).pixmap(16).toImage());
    icon.pixmap(32);
    QVERIFY(!icon.isNull());
    QCOMPARE(counting->asked, 1); // once per icon
}

void TestDeferredIconStyle::aLineEditsClearButtonStillShows()
{
    auto* counting = new CountingStyle;
    DeferredIconStyle style(counting);
    QLineEdit edit;
    edit.setStyle(&style);
    edit.setClearButtonEnabled(true);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.grab();
    const int beforeText = counting->asked;
    edit.setText(QStringLiteral("order"));
    const QImage withText = edit.grab().toImage();
    QVERIFY(counting->asked > beforeText); // drawn once there is text to clear
    edit.clear();
    const QImage empty = edit.grab().toImage();
    QVERIFY(withText != empty);
}

QTEST_MAIN(TestDeferredIconStyle)
#include "tst_deferrediconstyle.moc"
