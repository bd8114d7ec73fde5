import { readdirSync, readFileSync } from 'node:fs';
import { buildAdvisoryIndex, extractAdvisoryFacts, matchInventory, cpeParts, purlParts } from '../packages/core/src/advisories/index.ts';
const dir='packages/server/test/fixtures/csaf/cisa-ot-2024/';
const docs = readdirSync(dir).filter(f=>f.endsWith('.json')).map(f=>JSON.parse(readFileSync(dir+f,'utf8')));
const facts = docs.map(extractAdvisoryFacts);
const items=[]; for(let i=0;i<100000;i++) items.push(i%3==0?{id:'i'+i, assetId:'a', cpe:`cpe:2.3:a:vendor${i % 997}:product${i}:${i % 13}.0:*:*:*:*:*:*:*`, purl:`pkg:npm/lib-${i}@1.${i % 7}.0`}:{id:'i'+i, assetId:'a', vendor:'Leverancier '+(i%1500), product:'Product '+i, version:'1.2'});
for (let r=0;r<5;r++){
let t=performance.now(); const index = buildAdvisoryIndex(facts.map((f,i)=>({id:String(i),facts:f}))); const ti=performance.now()-t;
t=performance.now(); matchInventory(index, items); const tm=performance.now()-t;
t=performance.now(); for (const it of items) { if (it.cpe) { cpeParts(it.cpe); purlParts(it.purl) } } const tc=performance.now()-t;
t=performance.now(); for (const it of items) { if (it.vendor) { (it.vendor.toLowerCase().replace(/[^a-z0-9]+/g,'')+ '|' + it.product.toLowerCase().replace(/[^a-z0-9]+/g,'')) } } const tn=performance.now()-t;
console.log('index',ti.toFixed(1),'match',tm.toFixed(1),'cpe+purl',tc.toFixed(1),'names',tn.toFixed(1));
}
