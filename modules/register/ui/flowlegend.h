#pragma once

#include <QGraphicsItem>
#include <QStringList>

namespace igw {

// The map's key, drawn in the scene so exports carry it: each risk rating's colour and
// line style in words, the "unencrypted" badge, and the two kinds of box.
class FlowLegendItem : public QGraphicsItem {
public:
    enum { Type = UserType + 704 };

    FlowLegendItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    // Every line of the key as text (for tests and the view's accessible description).
    QStringList entries() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_rect;
};

} // namespace igw
