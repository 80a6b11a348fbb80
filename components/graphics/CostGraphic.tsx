import { computeCost, formatEuro, formatGoods, formatNumber, type Cost } from '@/lib/graphics/kosten';
import { CostCalculatorLoader } from './CostCalculatorLoader';
import type { GraphicProps, GraphicVariant } from './GraphicView';

/**
 * The "kosten" graphic (content/grafiken/kosten.yaml): on the page a calculator for the pupil's own numbers; on a
 * slide, in print and before the calculator has loaded, a worked example from the example values.
 */
export function CostGraphic({ data, variant }: GraphicProps<'kosten'>) {
  const example = <CostExample data={data} variant={variant} />;
  if (variant !== 'page') return <div className={`cost-graphic cost-graphic--${variant}`}>{example}</div>;
  return (
    <div className="cost-graphic cost-graphic--page">
      <div className="cost-example-wrap">{example}</div>
      <CostCalculatorLoader data={data} />
    </div>
  );
}

/** A price in euro from the content, as "8,50 €". */
const euro = (price: number) => formatEuro(Math.round(price * 100));

/** The worked example: the example cigarettes a day at the example pack price, and every good at its example price. */
function CostExample({ data, variant }: { data: Cost; variant: GraphicVariant }) {
  const perDay = data.exampleCigarettesPerDay;
  const result = computeCost({ cigarettesPerDay: perDay, packPrice: data.pack.examplePrice, cigarettesPerPack: data.pack.cigarettes, goodPrice: 1 });
  const goods = data.goods.map((good) => ({ ...good, count: computeCost({ cigarettesPerDay: perDay, packPrice: data.pack.examplePrice, cigarettesPerPack: data.pack.cigarettes, goodPrice: good.examplePrice }).goodsPerYear }));
  const periods = [
    { name: 'Woche', note: '7 Tage', cents: result.weekCents },
    { name: 'Monat', note: 'ein Jahr ÷ 12', cents: result.monthCents },
    { name: 'Jahr', note: '365 Tage', cents: result.yearCents },
  ];
  const heading = `Beispiel: ${formatNumber(perDay)} Zigaretten am Tag, Schachtel mit ${data.pack.cigarettes} Stück zu ${euro(data.pack.examplePrice)} (Beispielpreis)`;

  if (variant === 'slide') {
    return (
      <>
        <p className="cost-example-heading">{heading}</p>
        <dl className="cost-figures cost-figures--large">
          {periods.map((period) => (
            <div key={period.name} className="cost-figure">
              {/* The periods' notes stand in the note below: three figures in one row at 1024×768. */}
              <dt>Pro {period.name}</dt>
              <dd>{formatEuro(period.cents)}</dd>
            </div>
          ))}
        </dl>
        <p className="cost-example-goods">Für das Geld eines Jahres gäbe es zum Beispiel:</p>
        <ul className="cost-goods-list">
          {goods.map((good) => (
            <li key={good.id}>
              <strong>{formatGoods(good.count, good)}</strong> (Beispielpreis {euro(good.examplePrice)})
            </li>
          ))}
        </ul>
        <CostNote />
      </>
    );
  }

  return (
    <>
      <p className="cost-example-heading">{heading}</p>
      <table className="cost-table">
        <caption>So viel kostet das</caption>
        <thead>
          <tr>
            <th scope="col">Zeitraum</th>
            <th scope="col">Kosten</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period.name}>
              <th scope="row">
                Pro {period.name} <span className="cost-table__note">({period.note})</span>
              </th>
              <td>{formatEuro(period.cents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="cost-table">
        <caption>Was es für das Geld eines Jahres stattdessen gäbe</caption>
        <thead>
          <tr>
            {/* Two columns, the example price beside the name: the table fits 320 px and 200 % text without scrolling. */}
            <th scope="col">Statt Zigaretten (Beispielpreis)</th>
            <th scope="col">In einem Jahr</th>
          </tr>
        </thead>
        <tbody>
          {goods.map((good) => (
            <tr key={good.id}>
              <th scope="row">
                {good.name} <span className="cost-table__note">({euro(good.examplePrice)})</span>
              </th>
              <td>{formatGoods(good.count, good)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CostNote />
    </>
  );
}

function CostNote() {
  return <p className="cost-note">Alle Preise sind Beispielwerte. Ein Jahr hat hier 365 Tage, ein Monat ist ein Zwölftel davon.</p>;
}
