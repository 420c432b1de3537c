import { assessTicket } from '../lib/sentiment';
for (const text of process.argv.slice(2)) for (const matcher of ['meaning','phrases'] as const) console.log(matcher, JSON.stringify(text), assessTicket({helpdesk:'b',ticketId:'1',url:'',subject:'',tags:[],requester:{},messages:[{author:{role:'customer'},text}]},{matcher}).alerts.map(a=>a.kind+':'+a.evidence).join(' | '));
