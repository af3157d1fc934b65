#pragma once

#include <QWidget>

namespace wa {

// The dots an agent drags a row by: two columns of three, painted in the text's colour. Painted rather than
// a Braille character ("⠇⠇"), which the usual interface fonts lack: the first frame of every list loaded a
// fallback font for it (issue 21).
class DragGrip : public QWidget
{
public:
    explicit DragGrip(QWidget* parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    qreal dotSize() const;
};

} // namespace wa
