// Province and city outlines from the china-geojson package (AntV, MIT), shipped
// in the console's bundle: the map needs no tile server and no internet. The
// provinces come with the map; a province's cities are a chunk of their own,
// loaded when the view comes close enough to draw them. d3-geo reads a ring
// wound the other way as the whole globe minus the province, so every outline
// is rewound clockwise first (@mapbox/geojson-rewind).
import rewind from '@mapbox/geojson-rewind';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoBounds } from 'd3-geo';
import china from 'china-geojson/src/geojson/china.json';
import type { BBox } from './viewport';

export type Outline = Feature<Geometry, { name: string; id?: string }>;

export const provinces = rewind(china as unknown as FeatureCollection<Geometry, { name: string; id?: string }>, true).features.filter((f) => f.geometry);

/** Each province's extent, to know whose cities a view needs. */
export const provinceBounds = new Map(provinces.map((p) => {
  const [[w, s], [e, n]] = geoBounds(p);
  return [p.properties.name, [w, s, e, n] as BBox];
}));

// The package's file for each province (its index.js names them so).
const FILES: Record<string, string> = {
  安徽: 'an_hui', 澳门: 'ao_men', 北京: 'bei_jing', 重庆: 'chong_qing', 福建: 'fu_jian', 甘肃: 'gan_su', 广东: 'guang_dong', 广西: 'guang_xi',
  贵州: 'gui_zhou', 海南: 'hai_nan', 河北: 'he_bei', 河南: 'he_nan', 黑龙江: 'hei_long_jiang', 湖北: 'hu_bei', 湖南: 'hu_nan', 吉林: 'ji_lin',
  江苏: 'jiang_su', 江西: 'jiang_xi', 辽宁: 'liao_ning', 内蒙古: 'nei_meng_gu', 宁夏: 'ning_xia', 青海: 'qing_hai', 山东: 'shan_dong',
  陕西: 'shan_xi_1', 山西: 'shan_xi_2', 上海: 'shang_hai', 四川: 'si_chuan', 台湾: 'tai_wan', 天津: 'tian_jin', 西藏: 'xi_zang',
  香港: 'xiang_gang', 新疆: 'xin_jiang', 云南: 'yun_nan', 浙江: 'zhe_jiang',
};
const cityFiles = import.meta.glob<{ default: FeatureCollection<Geometry, { name: string }> }>('../../../../node_modules/china-geojson/src/geojson/*_geo.json');

export async function citiesOf(province: string): Promise<Outline[]> {
  const file = FILES[province];
  const load = file ? cityFiles[`../../../../node_modules/china-geojson/src/geojson/${file}_geo.json`] : undefined;
  if (!load) return [];
  return rewind((await load()).default, true).features.filter((f) => f.geometry);
}
