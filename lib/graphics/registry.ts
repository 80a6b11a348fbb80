import type { GraphicKind, GraphicModule } from './kinds';
import { cost, type Cost } from './kosten';
import { body, type Body } from './koerper';
import { timeline, type Timeline } from './zeitstrahl';
import { addictionCycle, type AddictionCycle } from './suchtkreislauf';

/** Each kind's data type, as its YAML file holds it once validated. */
export interface GraphicData {
  kosten: Cost;
  koerper: Body;
  zeitstrahl: Timeline;
  suchtkreislauf: AddictionCycle;
}

export const graphicModules: { [K in GraphicKind]: GraphicModule<GraphicData[K]> } = {
  kosten: cost,
  koerper: body,
  zeitstrahl: timeline,
  suchtkreislauf: addictionCycle,
};

/** The validated data of every graphic the content has. */
export type Graphics = Partial<GraphicData>;
